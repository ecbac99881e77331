/** `budget-kit`: command line for districts publishing their own data. */
const [command] = process.argv.slice(2);
console.log(`budget-kit: command ${command ?? '(none)'} not implemented yet`);
process.exit(command ? 2 : 0);
