// A real RFC 3161 time-stamping authority for the tests, made with `openssl ts` at start: a
// throwaway root CA and a TSA certificate it signs (extendedKeyUsage critical timeStamping), in a
// temporary folder. `reply` answers a DER TimeStampReq as `openssl ts -reply` does;
// `startTimeStampAuthority` serves that over HTTP on loopback, as a public authority would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs openssl; fails loudly (never skips) when it is missing or refuses. */
function openssl(args, { cwd, input } = {}) {
  const run = spawnSync('openssl', args, { cwd, input, encoding: 'buffer' });
  if (run.error)
    throw new Error(`openssl is needed for the trusted-time tests (apt-get install openssl): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`openssl ${args.join(' ')} failed (${run.status}): ${run.stderr.toString()}`);
  return run.stdout;
}

/** `openssl ts` reads its authority's settings from a config file; `digests` are the hashes it accepts. */
const config = (digests) => `[ tsa ]
default_tsa = test_tsa
[ test_tsa ]
serial = ./serial
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = ${digests}
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`;

/**
 * A throwaway authority in a temporary folder.
 * @returns {{ dir: string, caFile: string, reply: (query: Uint8Array, options?: { digests?: string }) => Buffer, cleanup: () => void }}
 *   `digests` narrows what it accepts for one answer: a request hashed otherwise is refused (badAlg), as openssl refuses it.
 */
export function makeTimeStampAuthority() {
  const dir = mkdtempSync(join(tmpdir(), 'settle-tsa-'));
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl(
    [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=Settle test root CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    { cwd: dir },
  );
  openssl(['req', ...ec, '-keyout', 'tsa.key', '-out', 'tsa.csr', '-subj', '/CN=Settle test TSA'], { cwd: dir });
  writeFileSync(
    join(dir, 'tsa.ext'),
    'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n',
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'tsa.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'tsa.pem',
      '-days',
      '2',
      '-extfile',
      'tsa.ext',
    ],
    { cwd: dir },
  );
  writeFileSync(join(dir, 'serial'), '01\n');
  let n = 0;
  return {
    dir,
    caFile: join(dir, 'ca.pem'),
    reply(query, { digests = 'sha256, sha384, sha512' } = {}) {
      const id = ++n;
      writeFileSync(join(dir, `tsa-${id}.cnf`), config(digests));
      writeFileSync(join(dir, `query-${id}.tsq`), query);
      openssl(
        [
          'ts',
          '-reply',
          '-config',
          `tsa-${id}.cnf`,
          '-queryfile',
          `query-${id}.tsq`,
          '-inkey',
          'tsa.key',
          '-signer',
          'tsa.pem',
          '-out',
          `reply-${id}.tsr`,
        ],
        { cwd: dir },
      );
      // openssl ts -reply exits 0 even when it wrote nothing: the file is the proof.
      const reply = readFileSync(join(dir, `reply-${id}.tsr`));
      if (!reply.length) throw new Error('openssl ts -reply wrote an empty response');
      return reply;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The authority on http://127.0.0.1:<port>/tsr: POST a TimeStampReq as application/timestamp-query,
 * get the TimeStampResp as application/timestamp-reply. No CORS headers, as real authorities send
 * none: a browser extension reaches it only with its host permission.
 * @returns {Promise<{ url: string, caFile: string, requests: () => number, refuseAllBut: (digests?: string) => void, stop: () => Promise<void> }>}
 */
export async function startTimeStampAuthority() {
  const authority = makeTimeStampAuthority();
  let requests = 0;
  let digests;
  const server = createServer((req, res) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= 64 * 1024) chunks.push(chunk);
    });
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/tsr') return void res.writeHead(404).end();
      if (req.headers['content-type'] !== 'application/timestamp-query' || size > 64 * 1024)
        return void res.writeHead(415).end();
      requests++;
      try {
        const reply = authority.reply(Buffer.concat(chunks), digests ? { digests } : {});
        res
          .writeHead(200, { 'Content-Type': 'application/timestamp-reply', 'Content-Length': reply.length })
          .end(reply);
      } catch (error) {
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/tsr`,
    caFile: authority.caFile,
    requests: () => requests,
    // From now on accept only these hashes (undefined: the usual ones); openssl refuses the rest.
    refuseAllBut: (only) => void (digests = only),
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      authority.cleanup();
    },
  };
}
