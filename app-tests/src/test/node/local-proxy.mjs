// HubSpot's local development proxy, as `hs project dev` runs it (AppProxyService of
// @hubspot/ui-extensions-dev-server), in front of a card server, with the map of a local.json
// that `crmcards-cli app --local-url` wrote (LOCAL_JSON, its path); CLIENT_SECRET signs.
// Prints "listening on <port>" once it takes requests on POST /proxy, as the card's
// hubspot.fetch sends them.
import { readFileSync } from 'node:fs';
import { AppProxyService } from './node_modules/@hubspot/ui-extensions-dev-server/dist/lib/proxy/AppProxyService.js';

if (!process.env.LOCAL_JSON || !process.env.CLIENT_SECRET) {
  console.error('usage: LOCAL_JSON=src/app/local.json CLIENT_SECRET=... node local-proxy.mjs');
  process.exit(2);
}
const localDevUrlMapping = JSON.parse(readFileSync(process.env.LOCAL_JSON, 'utf8')).proxy;
const origins = Object.keys(localDevUrlMapping);
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
