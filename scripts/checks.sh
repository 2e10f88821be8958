# Sourced by the check scripts: `check DESCRIPTION COMMAND…` runs the command and counts
# it as passed or failed (printing FAIL: DESCRIPTION), and `finish_checks` prints the
# totals and returns non-zero if anything failed. CHECKS_VERBOSE=1 also prints each pass.
passed=0
failed=0

check() {
    local description=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        [ "${CHECKS_VERBOSE:-0}" = 1 ] && echo "ok: $description"
    else
        failed=$((failed + 1))
        echo "FAIL: $description"
    fi
    return 0
}

finish_checks() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
