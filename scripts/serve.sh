#!/usr/bin/env bash
# Serves a release (default dist/) with the production configuration, deploy/nginx.conf,
# on 127.0.0.1:PORT: nginx from Debian in the foreground, every writable path (pid, logs,
# temp files) in one folder of its own. `make serve` and the e2e suite use it.
#
#   scripts/serve.sh [--port 8080] [--dir dist] [--also TEMPLATE]...
#
# The wrapper written here sets what a machine's /etc/nginx/nginx.conf would (the brotli
# module, mime.types, paths) and includes deploy/nginx.conf with only its `listen`, `root`
# and logs' paths replaced, and deploy/snippets/ as they are. --also adds a test-only server
# block (e2e/host/nginx.conf: a partner site on another origin), with @PORT@, @ORIGIN@,
# @PARTNER_PORT@ (PORT + 1) and @REPO@ replaced by the port, Délais's origin, the next
# port and the repository's folder.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORT:-8080}"
dir="$ROOT/dist"
also=()
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --also) also+=("$2"); shift 2 ;;
    *) echo "serve: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ "$port" =~ ^[0-9]+$ ]] || { echo "serve: --port must be a number" >&2; exit 2; }
dir="$(cd "$dir" 2>/dev/null && pwd || true)"
[ -n "$dir" ] && [ -f "$dir/index.html" ] || { echo "serve: no index.html in ${dir:-the folder} (run scripts/build.sh first)" >&2; exit 1; }
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "serve: nginx not found (scripts/setup.sh installs it)" >&2; exit 1; }
BROTLI=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
[ -f "$BROTLI" ] || { echo "serve: $BROTLI missing (scripts/setup.sh installs libnginx-mod-http-brotli-static)" >&2; exit 1; }

run="${TMPDIR:-/tmp}/delais-nginx-$port"
rm -rf "$run"
mkdir -p "$run/snippets" "$run/temp"
cp "$ROOT"/deploy/snippets/*.conf "$run/snippets/"

# deploy/nginx.conf with this port, this root and its logs in $run/access.log and
# $run/error.log (which e2e/headers.spec.ts reads): the four lines must be found.
sed -e "s|^\([[:space:]]*\)listen 80;|\1listen 127.0.0.1:$port;|" \
    -e "/^[[:space:]]*listen \[::\]:80;/d" \
    -e "s|^\([[:space:]]*\)root /var/www/delais;|\1root $dir;|" \
    -e "s|^\([[:space:]]*\)access_log /var/log/nginx/access.log |\1access_log $run/access.log |" \
    -e "s|^\([[:space:]]*\)error_log /var/log/nginx/error.log |\1error_log $run/error.log |" \
    "$ROOT/deploy/nginx.conf" >"$run/delais.conf"
grep -q "listen 127.0.0.1:$port;" "$run/delais.conf" && grep -q "root $dir;" "$run/delais.conf" \
  && grep -q "access_log $run/access.log " "$run/delais.conf" && grep -q "error_log $run/error.log " "$run/delais.conf" \
  || { echo "serve: deploy/nginx.conf has no 'listen 80;', 'root /var/www/delais;', 'access_log /var/log/nginx/access.log' or 'error_log /var/log/nginx/error.log' line" >&2; exit 1; }

extra=""
for template in "${also[@]}"; do
  name="also-$(basename "$(dirname "$template")")-$(basename "$template")"
  sed -e "s|@PORT@|$port|g" -e "s|@PARTNER_PORT@|$((port + 1))|g" -e "s|@ORIGIN@|http://127.0.0.1:$port|g" -e "s|@REPO@|$ROOT|g" "$template" >"$run/$name"
  extra+="    include $run/$name;"$'\n'
done

# As root, nginx would hand its workers to `nobody`, who may not read the checkout.
user=""
[ "$(id -u)" -eq 0 ] && user="user root root;"

cat >"$run/nginx.conf" <<CONF
# Written by scripts/serve.sh; the production configuration is deploy/nginx.conf.
load_module $BROTLI;
$user
worker_processes 1;
pid $run/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    log_not_found off;
    sendfile on;
    client_body_temp_path $run/temp/client;
    proxy_temp_path $run/temp/proxy;
    fastcgi_temp_path $run/temp/fastcgi;
    uwsgi_temp_path $run/temp/uwsgi;
    scgi_temp_path $run/temp/scgi;
    include $run/delais.conf;
$extra}
CONF

echo "serve: http://127.0.0.1:$port/ from $dir (nginx, deploy/nginx.conf)"
exec "$NGINX" -e stderr -p "$run" -c "$run/nginx.conf" -g 'daemon off;'
