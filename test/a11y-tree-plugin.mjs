/**
 * A web-test-runner command returning Chromium's accessibility tree under an element, with the
 * properties the stock a11ySnapshot drops (it prunes tables, rows and cells as "uninteresting"
 * and has no sort state): `await executeServerCommand('ax-tree', { selector })`.
 *
 * Node shape: { role, name, description?, props: { expanded, pressed, sort, level, … }, children }.
 * Ignored nodes and plain containers (generic, none) are left out and their children lifted, so
 * tests see the tree a screen reader walks. Chromium (puppeteer launcher) only.
 */
const HOIST = new Set(['generic', 'none', 'InlineTextBox', 'LineBreak']);

function simplify(byId, node) {
  const kids = (node.childIds ?? []).flatMap((id) => {
    const child = byId.get(id);
    return child ? serialize(byId, child) : [];
  });
  return kids;
}

function serialize(byId, node) {
  const role = node.role?.value ?? '';
  if (node.ignored || HOIST.has(role)) return simplify(byId, node);
  const props = {};
  for (const p of node.properties ?? []) props[p.name] = p.value?.value;
  const out = { role, name: node.name?.value ?? '', props, children: simplify(byId, node) };
  if (node.description?.value) out.description = node.description.value;
  return [out];
}

export function axTreePlugin() {
  return {
    name: 'ax-tree-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('ax-tree needs a Chromium (puppeteer) launcher');
      const page = session.browser.getPage(session.id);
      const selector = payload?.selector ?? 'body';
      const cdp = await page.createCDPSession();
      try {
        const { root: doc } = await cdp.send('DOM.getDocument', { depth: 0 });
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: doc.nodeId, selector });
        if (!nodeId) throw new Error(`ax-tree: nothing matches ${selector}`);
        const { node } = await cdp.send('DOM.describeNode', { nodeId });
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
        if (!root) throw new Error(`ax-tree: ${selector} is not in the accessibility tree`);
        return { role: 'root', name: '', props: {}, children: simplify(byId, root) };
      } finally {
        await cdp.detach();
      }
    },
  };
}
