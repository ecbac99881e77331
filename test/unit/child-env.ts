/**
 * The environment for npm, npx and node run by tests on a user's behalf: without the npm_*
 * variables of the `npm test` that may be running us (npm_config_prefix and friends would point a
 * child npm back at this repository), keeping where the npm cache and config are.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) || /^npm_config_(cache|userconfig|globalconfig|registry)$/i.test(k)) env[k] = v;
  return { ...env, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}
