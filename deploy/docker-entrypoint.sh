#!/bin/sh
# pgpilot's container entrypoint.
#   serve [ARGS]  migrations (unless PGPILOT_MIGRATE=0), then `pgpilot serve --no-migrate ARGS`
#   migrate       migrations only (compose's one-shot service, the Kubernetes Job, Render's
#                 pre-deploy command); with PGPILOT_SEED_DEMO=1 also the sample shop target
#   anything else runs as a pgpilot command: `docker run … pgpilot users create a@b.c`
set -eu

migrate() {
    echo "pgpilot-entrypoint: migrating the app database" >&2
    pgpilot db upgrade
    if [ "${PGPILOT_SEED_DEMO:-0}" = "1" ]; then
        pgpilot db demo
    fi
}

command="${1:-serve}"
[ "$#" -gt 0 ] && shift
case "$command" in
    serve)
        if [ "${PGPILOT_MIGRATE:-1}" != "0" ]; then
            migrate
        fi
        # --no-migrate: a worker refuses a database that is not at this version's revision.
        exec pgpilot serve --no-migrate "$@"
        ;;
    migrate)
        migrate
        ;;
    *)
        exec pgpilot "$command" "$@"
        ;;
esac
