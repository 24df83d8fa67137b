#!/usr/bin/env bash
# Try "Running several instances" on one machine: a local Postgres (Debian's `postgresql`), a throwaway
# database, and two instances of the bot on loopback ports answering Discord interactions over HTTP,
# signed with a key pair made here. Nothing leaves the machine: DISCORD_API_URL points at a closed port.
#
#   scripts/try-instances.sh            start; Ctrl-C stops both instances (Postgres left as found)
#   scripts/try-instances.sh --stop     stop instances left running (e.g. from another terminal)
#   scripts/try-instances.sh --clean    the same, and drop the throwaway database and role
#   scripts/try-instances.sh --install  install Postgres with apt-get first if it is missing
#
# TRY_PORTS="3101 3102" picks the ports; TRY_DIR (default $TMPDIR/cyberviews-try) holds the key pair, each
# instance's DATA_DIR and log; TRY_DATABASE_URL uses that database instead of setting one up locally.
set -euo pipefail
cd "$(dirname "$0")/.."

read -r -a PORTS <<<"${TRY_PORTS:-3101 3102}"
TRY_DIR="${TRY_DIR:-${TMPDIR:-/tmp}/cyberviews-try}"
DB=cyberviews_try
WAIT_SECONDS="${TRY_WAIT_SECONDS:-30}"
install=false stop=false clean=false
for arg in "$@"; do
  case "$arg" in
    --install) install=true ;;
    --stop) stop=true ;;
    --clean) stop=true clean=true ;;
    *) echo "unknown option $arg (use --install, --stop or --clean)" >&2; exit 64 ;;
  esac
done

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -u postgres "$@"; fi; }
pg_version() { ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1; }
cluster_online() { pg_lsclusters -h | awk -v v="$1" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; }

stop_instances() {
  local pids=()
  for pid_file in "$TRY_DIR"/instance-*/pid; do
    [ -f "$pid_file" ] || continue
    pids+=("$(cat "$pid_file")")
    rm -f "$pid_file"
  done
  # SIGTERM: each closes its server and database pool, then exits (waited for up to 10 s).
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for ((i = 0; i < 50; i++)); do
    local alive=false
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=true; done
    $alive || break
    sleep 0.2
  done
  # Postgres as it was found: stopped again only if this script started it.
  if [ -f "$TRY_DIR/started-postgres" ]; then
    pg_ctlcluster "$(cat "$TRY_DIR/started-postgres")" main stop && rm -f "$TRY_DIR/started-postgres"
  fi
}

if $stop; then
  stop_instances
  if $clean && [ -z "${TRY_DATABASE_URL:-}" ] && [ -n "$(pg_version)" ] && cluster_online "$(pg_version)"; then
    as_postgres "psql -q -c 'DROP DATABASE IF EXISTS $DB' -c 'DROP ROLE IF EXISTS $DB'"
  fi
  $clean && rm -rf "$TRY_DIR"
  echo "Stopped."
  exit 0
fi

# 1. Postgres: found (or installed with --install), started if down, a role and a throwaway database.
mkdir -p "$TRY_DIR"
trap 'trap - INT TERM EXIT; stop_instances; echo "Stopped both instances."; exit 0' INT TERM
trap 'stop_instances' EXIT
if [ -n "${TRY_DATABASE_URL:-}" ]; then
  DATABASE_URL="$TRY_DATABASE_URL"
else
  if ! command -v pg_lsclusters >/dev/null || [ -z "$(pg_version)" ]; then
    if ! $install; then
      echo "No local Postgres. Install Debian's package, then run this again (or pass --install):" >&2
      echo "  apt-get install -y postgresql" >&2
      exit 69
    fi
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
  fi
  version="$(pg_version)"
  pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q . || pg_createcluster "$version" main
  if ! cluster_online "$version"; then
    pg_ctlcluster "$version" main start
    echo "$version" >"$TRY_DIR/started-postgres"
  fi
  as_postgres "psql -v ON_ERROR_STOP=1 -q" <<SQL
SELECT 'CREATE ROLE $DB LOGIN PASSWORD ''$DB''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB') \gexec
SELECT 'CREATE DATABASE $DB OWNER $DB' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB') \gexec
SQL
  DATABASE_URL="postgres://$DB:$DB@127.0.0.1:5432/$DB"
fi

# 2. The built bot.
[ -f dist/adapters/main.js ] || npm run build

# 3. An Ed25519 key pair standing in for the Discord application's (the private half signs test interactions).
node -e '
  const { generateKeyPairSync } = require("node:crypto");
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  require("node:fs").writeFileSync(process.argv[1], privateKey.export({ format: "pem", type: "pkcs8" }), { mode: 0o600 });
  console.log(Buffer.from(publicKey.export({ format: "jwk" }).x, "base64url").toString("hex"));
' "$TRY_DIR/discord-private.pem" >"$TRY_DIR/discord-public.hex"

for port in "${PORTS[@]}"; do
  dir="$TRY_DIR/instance-$port"
  mkdir -p "$dir/data"
  env SLACK_BOT_TOKEN= SLACK_SIGNING_SECRET= SLACK_APP_TOKEN= SLACK_CLIENT_ID= SLACK_CLIENT_SECRET= \
    SLACK_STATE_SECRET= PORT="$port" DATA_DIR="$dir/data" DATABASE_URL="$DATABASE_URL" \
    DISCORD_PUBLIC_KEY="$(cat "$TRY_DIR/discord-public.hex")" DISCORD_TOKEN=try-only.not-a-real-discord-token \
    DISCORD_API_URL=http://127.0.0.1:9/api node dist/adapters/main.js >"$dir/log" 2>&1 &
  echo $! >"$dir/pid"
done

# 4. Both healthy, then how to talk to them.
for port in "${PORTS[@]}"; do
  for ((i = 0; i < WAIT_SECONDS * 5; i++)); do
    node -e 'fetch(process.argv[1]).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' \
      "http://127.0.0.1:$port/healthz" && break
    kill -0 "$(cat "$TRY_DIR/instance-$port/pid")" 2>/dev/null || { cat "$TRY_DIR/instance-$port/log" >&2; exit 1; }
    sleep 0.2
  done
  [ "$i" -lt $((WAIT_SECONDS * 5)) ] || { echo "port $port: no 200 from /healthz" >&2; exit 1; }
done
echo "Two instances on one Postgres (logs in $TRY_DIR/instance-*/log):"
for port in "${PORTS[@]}"; do echo "  http://127.0.0.1:$port/discord/interactions   http://127.0.0.1:$port/healthz"; done
echo "Send a signed PING and ask to both:  TRY_DIR=$TRY_DIR node scripts/try-ask.mjs ${PORTS[*]}"
echo "Ready. Ctrl-C (or scripts/try-instances.sh --stop) stops both."
wait
