# Sourced by Polku's scripts: exports JAVA_HOME as a JDK 21 or newer, from $JAVA_HOME when it is one,
# otherwise the newest under /usr/lib/jvm; fails with a clear message when there is none.

polku_java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

polku_find_jdk() {
  local candidate major
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]]; then
    major="$(polku_java_major "$JAVA_HOME/bin/java")"
    if (( ${major:-0} >= 21 )); then echo "$JAVA_HOME"; return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [[ -x "$candidate/bin/javac" ]] || continue
    major="$(polku_java_major "$candidate/bin/java")"
    if (( ${major:-0} >= 21 )); then echo "$candidate"; return 0; fi
  done
  echo "error: no JDK 21 or newer found; set JAVA_HOME to one (looked at \$JAVA_HOME and /usr/lib/jvm/*)" >&2
  return 1
}

JAVA_HOME="$(polku_find_jdk)" || exit 1
export JAVA_HOME
