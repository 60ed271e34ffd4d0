// `npm run console`: the demo console alone, on fixed ports, for a browser you start yourself.
import { startConsole } from './server.mjs';

const server = await startConsole({
  httpPort: Number(process.env.HTTP_PORT ?? 8780),
  httpsPort: Number(process.env.HTTPS_PORT ?? 8743),
});
console.log(`Demo console on http://127.0.0.1:${server.ports.http} and https://127.0.0.1:${server.ports.https}`);
console.log(`Start Chromium with:\n  --host-resolver-rules="${server.hostResolverRules}" --ignore-certificate-errors`);
