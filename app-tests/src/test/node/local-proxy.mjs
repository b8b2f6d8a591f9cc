// HubSpot's local development proxy, as `hs project dev` runs it (AppProxyService of
// @hubspot/ui-extensions-dev-server), in front of a card server. Every origin named in ORIGINS
// (comma-separated) maps to LOCAL_URL, as src/app/local.json maps them; CLIENT_SECRET signs.
// Prints "listening on <port>" once it takes requests on POST /proxy, as the card's
// hubspot.fetch sends them.
import { AppProxyService } from './node_modules/@hubspot/ui-extensions-dev-server/dist/lib/proxy/AppProxyService.js';

const local = process.env.LOCAL_URL;
const origins = (process.env.ORIGINS || '').split(',').filter((origin) => origin);
if (!local || origins.length === 0 || !process.env.CLIENT_SECRET) {
  console.error('usage: LOCAL_URL=http://localhost:8080 ORIGINS=https://a,https://b CLIENT_SECRET=... node local-proxy.mjs');
  process.exit(2);
}
const localDevUrlMapping = Object.fromEntries(origins.map((origin) => [origin, local]));
const logger = {
  info: (message) => console.error(`[proxy] ${message}`),
  warn: (message) => console.error(`[proxy] WARN ${message}`),
  error: (message) => console.error(`[proxy] ERROR ${message}`),
  debug: () => {},
};
const app = AppProxyService({ localDevUrlMapping, logger, accountId: 987654, allowedUrls: origins });
const server = app.listen(0, '127.0.0.1', () => {
  console.log(`listening on ${server.address().port}`);
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
