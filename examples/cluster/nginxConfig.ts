/**
 * nginx in front of several lit-ui workers: the `upstream` and `server`
 * blocks (what goes in `/etc/nginx/conf.d/`), and a whole standalone
 * configuration for running nginx from a temporary directory (the
 * launcher and the tests). docs/deployment.md explains every line.
 */

/** Options of {@link nginxSite}. */
export interface NginxSiteOptions {
  /** Address nginx listens on, e.g. `8080` or `127.0.0.1:8080`. */
  readonly listen: string;
  /** The workers, `host:port`. */
  readonly workers: readonly string[];
  /**
   * Sticky routing: `'cookie'` hashes the `lit_ui_route` cookie the workers
   * set (consistent hashing: a dead worker's clients spread over the
   * others, the rest stay where they are); `'ip'` uses `ip_hash`; `false`
   * is round robin (every reconnect may land elsewhere: a resume from the store).
   */
  readonly sticky: 'cookie' | 'ip' | false;
}

/** The `upstream` and `server` blocks for the workers. */
export function nginxSite(options: NginxSiteOptions): string {
  const balancing = options.sticky === 'cookie' ? '  hash $cookie_lit_ui_route consistent;\n' : options.sticky === 'ip' ? '  ip_hash;\n' : '';
  const servers = options.workers.map((w) => `  server ${w} max_fails=1 fail_timeout=2s;\n`).join('');
  return `# WebSocket upgrades pass the client's Upgrade header on; other requests keep the upstream connection alive.
map $http_upgrade $connection_upgrade {
  default upgrade;
  ''      '';
}

upstream lit_ui_workers {
${balancing}${servers}  keepalive 32;
}

server {
  listen ${options.listen};

  location / {
    proxy_pass http://lit_ui_workers;
    proxy_http_version 1.1;
    proxy_set_header Upgrade $http_upgrade;
    proxy_set_header Connection $connection_upgrade;
    # The page's own origin (host and port) reaches the workers: their origin rule compares it
    # with the Origin of WebSocket upgrades and POSTs (runtime option trustProxy: true).
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-Host $http_host;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;

    # A session's socket (or event stream) lives as long as the tab: no idle cut-off
    # (the WebSocket transport pings every 30 s; the HTTP stream sends keep-alive comments).
    proxy_read_timeout 1h;
    proxy_send_timeout 1h;

    # HTTP streaming (server-sent events): pass every chunk on at once.
    proxy_buffering off;
    proxy_cache off;
    proxy_request_buffering off;

    # A worker that is down or restarting: try the next one.
    proxy_connect_timeout 2s;
    proxy_next_upstream error timeout http_502 http_503;
    proxy_next_upstream_tries 3;

    client_max_body_size 200m;
  }
}
`;
}

/** A whole nginx configuration running in the foreground from `dir` (pid, logs and temp files there). */
export function nginxStandalone(site: string, dir: string): string {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;

events {
  worker_connections 4096;
}

http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;

${site
  .split('\n')
  .map((line) => (line ? `  ${line}` : line))
  .join('\n')}
}
`;
}
