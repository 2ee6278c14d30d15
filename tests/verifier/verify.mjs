// Runs the Digital Credentials Consortium's verifier (@digitalcredentials/verifier-core,
// the one behind the Learner Credential Wallet) on one credential, offline.
//
//   node verify.mjs input.json
//
// input.json: {"credential": {...}, "documents": {"<url>": <JSON document>, ...}}.
// Every HTTP(S) request the verifier makes (the did:web DID document, the status
// lists, contexts it does not ship) is answered from "documents"; anything else is
// a 404 and is listed in the output's "unresolved", so nothing reaches the network.
// Prints {"result": <verifier's response>, "unresolved": [urls]} on stdout.
import { readFileSync } from 'node:fs';

// The verifier logs as it goes; keep stdout for the answer.
console.log = (...args) => console.error(...args);

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const documents = input.documents;
const unresolved = [];

globalThis.fetch = async (resource) => {
  const url = typeof resource === 'string' ? resource
    : resource instanceof URL ? resource.href : resource.url;
  if (Object.hasOwn(documents, url)) {
    return new Response(JSON.stringify(documents[url]), {
      status: 200,
      headers: { 'content-type': 'application/json' }
    });
  }
  unresolved.push(url);
  return new Response('Not found', { status: 404, statusText: 'Not Found' });
};

const { verifyCredential } = await import('@digitalcredentials/verifier-core');
const result = await verifyCredential({
  credential: input.credential,
  knownDIDRegistries: []
});
if (result.errors) {
  for (const error of result.errors) {
    error.stackTrace = error.stackTrace ? String(error.stackTrace) : undefined;
  }
}
delete result.credential;
process.stdout.write(JSON.stringify({ result, unresolved }) + '\n');
