# Keeps rules/ importable as checker._rules so the bundled pack ships in the wheel.
