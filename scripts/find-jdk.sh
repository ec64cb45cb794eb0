# Sourced by ./marsad, ./run-tests and .ci/run: sets JAVA_HOME to a JDK 21 or newer, or fails clearly.
# Order: $JAVA_HOME if it is 21+, then known install paths, then every JDK under /usr/lib/jvm.
marsad_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
marsad_find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64)
  local d
  for d in /usr/lib/jvm/*; do [ -d "$d" ] && candidates+=("$d"); done
  for d in "${candidates[@]}"; do
    [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
    local major
    major=$(marsad_java_major "$d")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$d"
      # Maven's bundled Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every build
      if [ "${major%%.*}" -ge 24 ]; then
        case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
      fi
      return 0
    fi
  done
  echo "marsad: no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm); install one or set JAVA_HOME" >&2
  return 1
}
