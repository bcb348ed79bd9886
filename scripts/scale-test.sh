#!/usr/bin/env bash
# Scale-out check: three `workos-docs-tui --mcp --http` replicas on loopback
# ports behind nginx (round-robin, no session affinity), driven by the Go load
# generator (mcpbridge/mcpload): CLIENTS × CALLS tool calls, counted per
# replica from nginx's X-Upstream header. Fails on any error or idle replica.
#
# nginx comes from Debian's packages when missing (apt-get, as root). It runs
# as a child of this script with its own config and pid file in a temp folder
# and is stopped by PID, like the replicas.
#
# Environment: WORKOS_DOCS_DIR (default: the fixture corpus in
# mcpbridge/testdata), CLIENTS (200), CALLS (20), REPLICAS (3), BIN (default:
# built here).
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS="${WORKOS_DOCS_DIR:-$PWD/mcpbridge/testdata/corpus}"
API_NAME=""
[ -n "${WORKOS_DOCS_DIR:-}" ] || API_NAME=fetchConnection # the fixture's API method
REPLICAS="${REPLICAS:-3}"
WORK="$(mktemp -d)"
PIDS=()
NGINX_PID=""
cleanup() {
	[ -n "$NGINX_PID" ] && kill -QUIT "$NGINX_PID" 2>/dev/null || true
	for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill -INT "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
	echo "== installing nginx from Debian's packages" >&2
	# Keep the package's own service from starting: this script runs its own.
	block=""
	if [ ! -e /usr/sbin/policy-rc.d ]; then
		printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && block=1
	fi
	apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
	[ -n "$block" ] && rm -f /usr/sbin/policy-rc.d
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

if [ -z "${BIN:-}" ]; then
	BIN="$WORK/workos-docs-tui"
	go build -o "$BIN" ./cmd/workos-docs-tui
fi
go build -o "$WORK/mcpload" ./mcpbridge/mcpload/cmd/mcpload

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

echo "== $REPLICAS replicas on $DOCS" >&2
PORTS=()
for i in $(seq "$REPLICAS"); do
	log="$WORK/replica$i.log"
	"$BIN" --mcp --http 127.0.0.1:0 --docs "$DOCS" 2>"$log" &
	PIDS+=("$!")
	port=""
	for _ in $(seq 200); do
		port="$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1 | sed 's/.*://' || true)"
		[ -n "$port" ] && break
		sleep 0.05
	done
	[ -n "$port" ] || { echo "replica $i did not start: $(cat "$log")" >&2; exit 1; }
	PORTS+=("$port")
done

LB_PORT="$(free_port)"
mkdir -p "$WORK/nginx"
{
	echo "daemon off; worker_processes 1; pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/error.log warn;"
	echo "events { worker_connections 2048; }"
	echo "http {"
	echo "  access_log off;"
	for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $WORK/nginx/$t;"; done
	echo "  upstream mcp {"
	for p in "${PORTS[@]}"; do echo "    server 127.0.0.1:$p;"; done
	echo "    keepalive 64;"
	echo "  }"
	echo "  server {"
	echo "    listen 127.0.0.1:$LB_PORT;"
	echo "    location / {"
	echo "      proxy_pass http://mcp;"
	echo "      proxy_http_version 1.1;"
	echo "      proxy_set_header Connection \"\";"
	# mcp-go refuses a non-local Host on a loopback connection (DNS rebinding).
	echo "      proxy_set_header Host localhost;"
	echo "      proxy_buffering off;"
	echo "      add_header X-Upstream \$upstream_addr always;"
	echo "    }"
	echo "  }"
	echo "}"
} >"$WORK/nginx/nginx.conf"
"$NGINX" -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!

echo "== waiting for every replica's /healthz through nginx (port $LB_PORT)" >&2
ready=0
for _ in $(seq 300); do
	ready=0
	for p in "${PORTS[@]}"; do
		code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/healthz" || true)"
		[ "$code" = 200 ] && ready=$((ready + 1))
	done
	lb="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB_PORT/healthz" || true)"
	[ "$ready" = "$REPLICAS" ] && [ "$lb" = 200 ] && break
	sleep 0.1
done
[ "$ready" = "$REPLICAS" ] || { echo "replicas not ready" >&2; cat "$WORK"/replica*.log >&2; exit 1; }

echo "== ${CLIENTS:-200} clients × ${CALLS:-20} calls through nginx" >&2
status=0
out="$("$WORK/mcpload" -url "http://127.0.0.1:$LB_PORT/mcp" -clients "${CLIENTS:-200}" -calls "${CALLS:-20}" -by-header X-Upstream -api-name "$API_NAME")" || status=1
echo "$out" | head -1
echo "$out" | grep "^  error:" >&2 || true
echo
echo "| replica | address | calls |"
echo "|---|---|---|"
i=1
for p in "${PORTS[@]}"; do
	n="$(echo "$out" | awk -v a="127.0.0.1:$p:" '$1 == a {print $2}')"
	echo "| $i | 127.0.0.1:$p | ${n:-0} |"
	[ "${n:-0}" -gt 0 ] || status=1
	i=$((i + 1))
done
echo "$out" | grep -q ' 0 errors' || status=1
if [ "$status" = 0 ]; then echo "scale-test: ok"; else echo "scale-test: FAILED" >&2; fi
exit "$status"
