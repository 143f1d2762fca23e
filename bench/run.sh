#!/usr/bin/env bash
# The benchmark: end-to-end referral cases/s against a bare engine (same run) on H2 and an embedded PostgreSQL,
# Tasklist's queries with authorization on vs off on PostgreSQL, and cold start against a bare Camunda webapp.
# Not part of `mvn test`. Usage (all optional; see Benchmark.java and bench/README.md):
#   bash bench/run.sh [cases=100] [tasks=10000,100000] [databases=h2,postgres] [coldstart=5] [h2=durable|shipped]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx2g -Duser.timezone=Europe/Stockholm -Dfamilycentre.bench=true \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  se.familycentre.production.bench.Benchmark "$@"
