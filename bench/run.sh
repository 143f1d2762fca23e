#!/usr/bin/env bash
# The benchmark: end-to-end cases/s against a bare process (same run), and Tasklist's queries with authorization on
# vs off, on H2 and an embedded PostgreSQL. Not part of `mvn test`. Usage:
#   bash bench/run.sh [process=<key>] [cases=200] [tasks=10000] [databases=h2,postgres] [h2=durable|shipped]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx2g -Duser.timezone=Europe/Stockholm -Dfamilycentre.bench=true \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  se.familycentre.production.bench.Benchmark "$@"
