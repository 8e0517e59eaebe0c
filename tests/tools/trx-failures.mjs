// Prints the failed tests of one or more TRX result files, briefly, so that the end of a CI log says what failed
// (the console logger reports each failure where it happens, often thousands of lines earlier).
// Usage: node trx-failures.mjs <file.trx> [...]; exits 0 whatever it finds.
import { readFileSync } from "node:fs";

const decode = (s) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const firstLines = (s, n) => s.split(/\r?\n/).slice(0, n).map((l) => "    " + l).join("\n");

let failed = 0;
for (const file of process.argv.slice(2)) {
  const xml = readFileSync(file, "utf8");
  // A result without output is self-closing; one with output holds it up to its closing tag.
  const results = xml.matchAll(/<UnitTestResult\b([^>]*?)(?:\/>|>([\s\S]*?)<\/UnitTestResult>)/g);
  for (const [, attributes, body = ""] of results) {
    if (!/\boutcome="Failed"/.test(attributes)) continue;
    failed++;
    const name = decode(/\btestName="([^"]*)"/.exec(attributes)?.[1] ?? "(unnamed)");
    const duration = /\bduration="([^"]*)"/.exec(attributes)?.[1] ?? "";
    const message = decode(/<Message>([\s\S]*?)<\/Message>/.exec(body)?.[1] ?? "");
    const stack = decode(/<StackTrace>([\s\S]*?)<\/StackTrace>/.exec(body)?.[1] ?? "");
    console.log(`FAILED ${name} (${duration})`);
    if (message) console.log(firstLines(message, 12));
    if (stack) console.log(firstLines(stack, 6));
  }
}
console.log(failed === 0 ? "no failed test in the TRX results" : `${failed} failed test(s)`);
