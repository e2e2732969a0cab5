"""The command line: parse, build settings, call the library, map the result to an exit code.

``zi-check PATH`` scans (the verb ``scan`` is implied); other verbs are subcommands whose names
are unlikely folder names. Exit codes: 0 all met, 1 gaps found, 2 could not do the job.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from checker import __version__
from checker.errors import SetupError
from checker.report import WRITERS as _WRITERS

EXIT_OK, EXIT_GAPS, EXIT_SETUP = 0, 1, 2
EXIT_SIGINT, EXIT_SIGTERM = 130, 143  # 128 + the signal, as shells report them
# --fail-on: the statuses (and changes) that make a scan exit 1
GAP_STATUSES = ("missing", "wrong_unit", "wrong_year", "unreadable", "partial")
FAIL_ON = (*GAP_STATUSES, "new_gap", "none")
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
_GROUP_FLAGS = {"-h", "--help", "--version"}


class Terminated(BaseException):
    """SIGTERM, raised where the scan is, so that it stops as Ctrl-C stops it."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated


def _interrupted(code: int) -> None:
    click.echo("zi-check: interrupted; the reports of the previous run are as they were", err=True)
    sys.exit(code)


class ScanByDefault(click.Group):
    """A group whose first argument, unless it names a verb, is the folder to scan."""

    default_command = "scan"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in _GROUP_FLAGS:
            first = args[0]
            if not first.startswith("-") and not Path(first).exists():
                import difflib

                close = difflib.get_close_matches(
                    first, [c for c in self.commands if c != self.default_command], n=1, cutoff=0.75
                )
                if close:  # a mistyped verb, not a folder: "zi-check expalin FILE"
                    raise click.UsageError(f"no such command or folder '{first}'; did you mean '{close[0]}'?")
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


@click.group(cls=ScanByDefault, context_settings=CONTEXT, invoke_without_command=True)
@click.version_option(__version__, prog_name="zi-check")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Check a Zona Integritas evidence folder against the LKE and write a gap report.

    \b
    Examples:
      zi-check corpus/                         scan, reports in ./reports/
      zi-check bukti/ --year 2022 --lang en -o out/
      zi-check rules check                     validate the bundled rule pack

    A bare PATH always scans; a folder named like a verb ("rules") is scanned as ./rules.
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@cli.command(context_settings=CONTEXT)
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "-c",
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Profile file. Default: PATH/zi-check.toml when it exists.",
)
@click.option("--unit", help="Official name of the unit under evaluation (overrides the profile).")
@click.option("--alias", "aliases", multiple=True, help="Another name or abbreviation of the unit; repeatable.")
@click.option(
    "--parent",
    "parents",
    multiple=True,
    help="An institution above the unit, nearest first; repeatable (overrides the profile's parents).",
)
@click.option(
    "--sub-unit",
    "sub_units",
    multiple=True,
    help="A part of the unit whose documents are its own; repeatable (overrides the profile).",
)
@click.option("--year", type=int, help="Evaluation year.")
@click.option(
    "--target",
    help="The predicate aimed for: one of the rule pack's targets (wbk, wbbm for the bundled "
    "pack). Default: the pack's first (wbk).",
)
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(path_type=Path),
    help="A rule pack folder. Default: the bundled pack for PermenPANRB 90/2021.",
)
@click.option(
    "--worksheet",
    type=click.Path(path_type=Path),
    help="The unit's filled LKE worksheet (.xlsx or .csv: the LKE ZI form or the PortalRB sheet): "
    "each claimed answer and evidence link is checked. Default: 'worksheet' in the profile.",
)
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    metavar="NAME",
    help=f"{', '.join(_WRITERS)}; repeatable. Default: md and json.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("reports"),
    show_default=True,
    help="Folder for the reports; created if absent.",
)
@click.option(
    "--lang",
    type=click.Choice(["id", "en"]),
    default="id",
    show_default=True,
    help="Language of the human-readable reports.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    help="Worker processes for extraction. Default: the number of CPUs.",
)
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Where what was read from each file is kept for the next scan. Default: ~/.cache/zi-check.",
)
@click.option("--no-cache", is_flag=True, help="Read every file afresh; keep nothing.")
@click.option(
    "--ocr/--no-ocr",
    default=True,
    show_default=True,
    help="Read scanned pages and images with OCR (Tesseract) when it is installed.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=300,
    show_default=True,
    help="Seconds allowed to read one file; past it the file is 'timeout' and the scan goes on.",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=0),
    default=2048,
    show_default=True,
    help="Memory (MB) a worker may use while reading one file; 0 for no limit.",
)
@click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Files larger than this many MB are not opened ('too_large').",
)
@click.option(
    "--baseline",
    metavar="FILE|auto",
    help="A previous report.json: mark each requirement new_gap, resolved, still_open or unchanged. "
    "'auto': OUTPUT/report.json of the previous run, when there is one.",
)
@click.option(
    "--fail-on",
    "fail_on",
    multiple=True,
    metavar="LIST",
    help="What makes the exit code 1, comma-separated or repeated: "
    f"{', '.join(FAIL_ON)}. Default: {','.join(GAP_STATUSES)} (any gap).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("-v", "--verbose", is_flag=True, help="Print each document's status as it is read.")
def scan(
    path: Path,
    config: Path | None,
    unit: str | None,
    aliases: tuple[str, ...],
    parents: tuple[str, ...],
    sub_units: tuple[str, ...],
    year: int | None,
    target: str | None,
    rules_dir: Path | None,
    formats: tuple[str, ...],
    output: Path,
    lang: str,
    jobs: int,
    cache_dir: Path | None,
    no_cache: bool,
    ocr: bool,
    timeout: float,
    max_memory: int,
    max_size: int,
    quiet: bool,
    verbose: bool,
    baseline: str | None = None,
    fail_on: tuple[str, ...] = (),
    worksheet: Path | None = None,
) -> None:
    """Scan the evidence folder PATH and write the gap report.

    \b
    Example:
      zi-check corpus/ --format md --format json --output reports/
      zi-check bukti/ -f html -f xlsx --baseline auto --fail-on new_gap
    Exit codes: 0 every requirement met, 1 gaps found (what counts: --fail-on), 2 could not do the job.
    """
    import signal

    previous_handler = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        _scan(
            path,
            config,
            unit,
            aliases,
            parents,
            sub_units,
            year,
            target,
            rules_dir,
            formats,
            output,
            lang,
            jobs,
            cache_dir,
            no_cache,
            ocr,
            timeout,
            max_memory,
            max_size,
            quiet,
            verbose,
            baseline,
            fail_on,
            worksheet,
        )
    except KeyboardInterrupt:
        _interrupted(EXIT_SIGINT)
    except Terminated:
        _interrupted(EXIT_SIGTERM)
    finally:
        signal.signal(signal.SIGTERM, previous_handler)


def _scan(
    path: Path,
    config: Path | None,
    unit: str | None,
    aliases: tuple[str, ...],
    parents: tuple[str, ...],
    sub_units: tuple[str, ...],
    year: int | None,
    target: str | None,
    rules_dir: Path | None,
    formats: tuple[str, ...],
    output: Path,
    lang: str,
    jobs: int,
    cache_dir: Path | None,
    no_cache: bool,
    ocr: bool,
    timeout: float,
    max_memory: int,
    max_size: int,
    quiet: bool,
    verbose: bool,
    baseline: str | None,
    fail_on: tuple[str, ...],
    worksheet: Path | None,
) -> None:
    from checker import report as reports
    from checker import rulepack
    from checker.cache import default_dir as default_cache_dir
    from checker.extract import ExtractSettings
    from checker.extract.pool import Limits
    from checker.profile import read_file, resolve
    from checker.scan import ScanSettings
    from checker.scan import scan as run_scan

    started = time.monotonic()
    formats = tuple(dict.fromkeys(f.lower() for f in formats)) or ("md", "json")
    for fmt in formats:
        if fmt not in reports.WRITERS:
            raise click.BadParameter(
                f"unknown format '{fmt}'; choose from {', '.join(reports.WRITERS)}", param_hint="'-f' / '--format'"
            )
    failing = _fail_on(fail_on, baseline)
    if not path.exists():
        raise click.BadParameter(f"'{path}' does not exist", param_hint="PATH")
    if not path.is_dir():
        raise click.BadParameter(f"'{path}' is not a folder", param_hint="PATH")
    root = path.resolve()
    if _inside(output.resolve(), root):
        raise click.BadParameter(
            f"'{output}' is inside the scanned folder, which zi-check never writes to", param_hint="'-o' / '--output'"
        )
    _writable(output)
    from checker import drive as drives

    if config is None and unit is None and drives.is_drive(root):
        cache_folder = None if no_cache else (cache_dir or default_cache_dir())
        settings = ScanSettings(
            cache_dir=cache_folder,
            jobs=jobs,
            extract=ExtractSettings(ocr=ocr, max_bytes=max_size * 1024 * 1024),
            limits=Limits(timeout=timeout, memory_mb=max_memory),
        )
        _scan_drive(
            root,
            settings,
            rules_dir,
            formats,
            output,
            lang,
            quiet,
            failing,
            baseline,
            {"year": year, "target": target},
            started,
        )
        return
    try:
        config = config if config is not None else _default_profile(root)
        file_values = read_file(config) if config is not None else None
        cli_values: dict[str, Any] = {
            "unit": unit,
            "aliases": aliases,
            "parents": parents,
            "sub_units": sub_units,
            "year": year,
            "target": target,
        }
        pack = rulepack.load(rules_dir)
        profile = resolve(
            file_values, cli_values, source=str(config) if config else "the command line", targets=_targets(pack)
        )
        sheet = _worksheet(worksheet, file_values, config, pack)
    except SetupError as exc:
        raise click.UsageError(str(exc)) from None
    previous = _baseline(baseline, output, formats, quiet)

    bar = _ProgressBar(enabled=not quiet and not verbose and sys.stderr.isatty())

    def on_document(doc: Any) -> None:
        bar.step()
        if verbose:
            note = f" ({doc.extraction.error})" if doc.extraction.error else ""
            click.echo(f"{doc.extraction.status.value:>11}  {doc.path}{note}", err=True)

    cache_folder = None if no_cache else (cache_dir or default_cache_dir())
    if cache_folder is not None and _inside(cache_folder.resolve(), root):
        raise click.BadParameter(
            f"'{cache_folder}' is inside the scanned folder, which zi-check never writes to", param_hint="'--cache-dir'"
        )
    settings = ScanSettings(
        cache_dir=cache_folder,
        jobs=jobs,
        extract=ExtractSettings(ocr=ocr, max_bytes=max_size * 1024 * 1024),
        limits=Limits(timeout=timeout, memory_mb=max_memory),
    )
    _warn_setup(ocr, quiet)
    try:
        result = run_scan(root, profile, pack, settings, on_document, on_start=bar.start, worksheet=sheet)
    finally:
        bar.finish()
    if not result.documents and not quiet:
        click.echo(
            f"zi-check: warning: '{path}' holds no documents; every requirement is reported without evidence", err=True
        )
    result = _with_changes(replace(result, root=root), previous, quiet)
    try:
        output.mkdir(parents=True, exist_ok=True)
        written = [reports.write(result, fmt, output, lang) for fmt in formats]
    except OSError as exc:
        raise click.UsageError(f"cannot write reports to '{output}': {exc.strerror or exc}") from None
    gaps = sum(r.status.value != "met" for r in result.results)
    failed = _fails(result, failing)
    if not quiet:
        elapsed = time.monotonic() - started
        unchanged = f" ({result.from_cache} unchanged since the last scan)" if result.from_cache else ""
        click.echo(
            f"zi-check: {len(result.results)} requirements, {gaps} not met; "
            f"{len(result.documents)} documents{unchanged} in {elapsed:.1f} s; "
            f"report: {', '.join(str(p) for p in written)}",
            err=True,
        )
        _echo_changes(result)
    sys.exit(EXIT_GAPS if failed else EXIT_OK)


class _ProgressBar:
    """Files done, rate and time left, on a terminal only (silent when stderr is a file or pipe)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: Any = None
        self._started = 0.0
        self._done = 0

    def start(self, total: int) -> None:
        if not self.enabled or total == 0:
            return
        self._started = time.monotonic()
        self._bar = click.progressbar(
            length=total,
            label="reading",
            file=sys.stderr,
            show_eta=True,
            show_pos=True,
            item_show_func=lambda _: self._rate(),
        )
        self._bar.__enter__()

    def _rate(self) -> str:
        elapsed = time.monotonic() - self._started
        return f"{self._done / elapsed:.1f} files/s" if elapsed > 0 and self._done else ""

    def step(self) -> None:
        if self._bar is not None:
            self._done += 1
            self._bar.update(1, current_item=self._done)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


def _scan_drive(
    root: Path,
    settings: Any,
    rules_dir: Path | None,
    formats: tuple[str, ...],
    output: Path,
    lang: str,
    quiet: bool,
    failing: frozenset[str],
    baseline: str | None,
    cli_values: dict[str, Any],
    started: float,
) -> None:
    """Every unit of a drive, from one reading: a report per unit in OUTPUT/<unit folder>/, and
    OUTPUT/drive.json."""
    from checker import drive as drives
    from checker import report as reports
    from checker import rulepack
    from checker.profile import read_file, resolve
    from checker.report import drivereport
    from checker.scan import judge, read

    if baseline is not None and baseline.lower() != "auto":
        raise click.BadParameter(
            "a drive is compared unit by unit with each unit's previous report: "
            "give --baseline auto (or scan one unit's folder with --baseline FILE)",
            param_hint="'--baseline'",
        )
    units = drives.units_of(root)
    try:
        pack = rulepack.load(rules_dir)
        profiles, sheets = [], []
        for unit in units:
            values = read_file(unit.profile)
            profiles.append(resolve(values, cli_values, source=str(unit.profile), targets=_targets(pack)))
            sheets.append(_worksheet(None, values, unit.profile, pack))
    except SetupError as exc:
        raise click.UsageError(str(exc)) from None
    skip = {s.path.resolve() for s in sheets if s is not None} | {u.profile.resolve() for u in units}
    _warn_setup(settings.extract.ocr, quiet)
    reading = read(root, pack, settings, skip=skip)
    judged = []
    failed = False
    for unit, profile, sheet in zip(units, profiles, sheets, strict=True):
        result = replace(
            judge(drives.for_unit(reading, unit, units, root), profile, pack, sheet), root=root / unit.folder
        )
        folder = output / unit.folder
        if baseline is not None:  # each unit against its own previous report, read before it is replaced
            result = _with_changes(result, _baseline("auto", folder, formats, quiet=True), quiet)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for fmt in formats:
                reports.write(result, fmt, folder, lang)
        except OSError as exc:
            raise click.UsageError(f"cannot write reports to '{folder}': {exc.strerror or exc}") from None
        judged.append((unit, result))
        failed = failed or _fails(result, failing)
    written = drivereport.write(judged, output, lang, formats)
    if not quiet:
        gaps = sum(r.status.value != "met" for _, result in judged for r in result.results)
        click.echo(
            f"zi-check: {len(judged)} units, {gaps} requirements not met in all; "
            f"{len(reading.documents)} documents in {time.monotonic() - started:.1f} s; "
            f"report: {', '.join(str(p) for p in written)}",
            err=True,
        )
    sys.exit(EXIT_GAPS if failed else EXIT_OK)


def _warn_setup(ocr: bool, quiet: bool) -> None:
    """Said on the terminal, not only inside the report: scans will not be read."""
    if ocr and not quiet:
        from checker.extract import ocr as engine

        why = engine.problem()
        if why is not None:
            click.echo(f"zi-check: warning: scanned pages and images will not be read: {why}", err=True)


def _writable(output: Path) -> None:
    """OUTPUT can take the reports: found out before a file is read, not after a night's scan
    (without creating it yet: a scan that stops at a bad option leaves nothing behind)."""
    import os

    existing = output
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise click.UsageError(f"cannot write reports to '{output}': '{existing}' is not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise click.UsageError(f"cannot write reports to '{output}': '{existing}' is not writable")


def _targets(pack: Any) -> tuple[str, ...]:
    """The predicates a pack scores against (none: any target is taken as given)."""
    return tuple(t.name for t in pack.scoring.targets) if pack.scoring else ()


def _worksheet(option: Path | None, file_values: dict[str, Any] | None, config: Path | None, pack: Any) -> Any:
    """The unit's worksheet, read (None when none is given): the option's, or the profile's
    ``worksheet`` relative to the profile's folder."""
    from checker import worksheet as worksheets

    path = option
    if path is None and file_values and file_values.get("worksheet"):
        path = (config.parent if config else Path(".")) / str(file_values["worksheet"])
    return worksheets.read(path, pack.rules) if path is not None else None


def _fail_on(values: tuple[str, ...], baseline: str | None) -> frozenset[str]:
    """The --fail-on list: statuses and ``new_gap`` that make the exit code 1; empty for ``none``."""
    chosen = [v.strip().lower() for value in values for v in value.split(",") if v.strip()]
    if not chosen:
        return frozenset(GAP_STATUSES)
    hint = "'--fail-on'"
    for value in chosen:
        if value not in FAIL_ON:
            raise click.BadParameter(f"unknown value '{value}'; choose from {', '.join(FAIL_ON)}", param_hint=hint)
    if "none" in chosen and len(set(chosen)) > 1:
        raise click.BadParameter("'none' cannot be combined with other values", param_hint=hint)
    if "new_gap" in chosen and baseline is None:
        raise click.BadParameter("'new_gap' needs a baseline: give --baseline FILE or --baseline auto", param_hint=hint)
    return frozenset(chosen) - {"none"}


def _baseline(value: str | None, output: Path, formats: tuple[str, ...], quiet: bool) -> Any:
    """The baseline to compare with, read before anything is written (None: no comparison).

    ``auto`` is OUTPUT/report.json when it exists; a missing or unusable one there is said on
    stderr and the scan goes on (this run's report becomes the next run's baseline). A FILE that
    cannot be used is an error (exit 2).
    """
    from checker.report import baseline as baselines

    if value is None:
        return None
    if value.lower() != "auto":
        try:
            return baselines.load(Path(value))
        except baselines.BaselineError as exc:
            raise click.BadParameter(str(exc), param_hint="'--baseline'") from None
    if "json" not in formats and not quiet:
        click.echo(
            f"zi-check: note: --baseline auto reads {output / 'report.json'}, which this run does not "
            "update (add -f json)",
            err=True,
        )
    candidate = output / "report.json"
    if not candidate.exists():
        if not quiet:
            click.echo(
                f"zi-check: note: no previous report at {candidate}; nothing to compare with this time", err=True
            )
        return None
    try:
        return baselines.load(candidate)
    except baselines.BaselineError as exc:
        if not quiet:
            click.echo(f"zi-check: warning: {exc}; nothing to compare with this time", err=True)
        return None


def _with_changes(result: Any, previous: Any, quiet: bool) -> Any:
    from checker.report import baseline as baselines

    if previous is None:
        return result
    if not quiet:
        for note in baselines.setup_notes(previous, result):
            click.echo(f"zi-check: warning: {note}", err=True)
    return replace(result, changes=baselines.compare_report(previous, result))


def _fails(result: Any, failing: frozenset[str]) -> bool:
    from checker.report.baseline import Change, changes_of

    if any(r.status.value in failing for r in result.results):
        return True
    changes = changes_of(result)
    return (
        "new_gap" in failing and changes is not None and any(c.change is Change.NEW_GAP for c in changes.requirements)
    )


def _echo_changes(result: Any) -> None:
    from checker.report.baseline import Change, changes_of

    changes = changes_of(result)
    if changes is None:
        return
    counts = changes.counts()
    when = changes.baseline.generated_at or "?"
    click.echo(
        f"zi-check: since the baseline of {when}: {counts[Change.NEW_GAP]} new gap(s), "
        f"{counts[Change.RESOLVED]} resolved, {counts[Change.STILL_OPEN]} still open, "
        f"{counts[Change.UNCHANGED]} unchanged",
        err=True,
    )


@cli.group(context_settings=CONTEXT)
def rules() -> None:
    """Validate a rule pack and run its fixtures (rules are tested like code)."""


@rules.command("check", context_settings=CONTEXT)
@click.argument("pack_dir", required=False, type=click.Path(path_type=Path, file_okay=False))
def rules_check(pack_dir: Path | None) -> None:
    """Validate a rule pack: schema, unique IDs, known kinds, catalog coverage, cases per rule.

    \b
    Example:
      zi-check rules check                       the bundled pack
      zi-check rules check my-agency-pack/
    """
    from checker import packtools, rulepack

    target = pack_dir or rulepack.bundled_pack_dir()
    try:
        pack, problems = packtools.check(target)
    except SetupError as exc:
        raise click.UsageError(str(exc)) from None
    for problem in problems:
        click.echo(problem)
    from checker.packlint import phrase_count

    click.echo(
        f"{pack.id}: {len(pack.rules)} rules, {len(pack.kinds)} kinds, {len(pack.terms)} term sets, "
        f"{phrase_count(pack)} phrases, {len(problems)} problems",
        err=True,
    )
    sys.exit(EXIT_GAPS if problems else EXIT_OK)


@rules.command("test", context_settings=CONTEXT)
@click.argument("pack_dir", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("-k", "only", help="Run only the cases whose name or rule ID contains this text.")
@click.option("-v", "--verbose", is_flag=True, help="List every case, not only failures.")
def rules_test(pack_dir: Path | None, only: str | None, verbose: bool) -> None:
    """Run the cases beside each rule file (NAME.cases.yaml): each rule must get the status expected.

    \b
    Example:
      zi-check rules test -k MP.4.b
    A case marked `todo:` is a known gap: it must fail; if it passes, update the case.
    """
    from checker import packtools, rulepack

    target = pack_dir or rulepack.bundled_pack_dir()
    try:
        outcomes = packtools.run_cases(target, only)
    except SetupError as exc:
        raise click.UsageError(str(exc)) from None
    counts = {"pass": 0, "fail": 0, "xfail": 0, "xpass": 0}
    for o in outcomes:
        counts[o.verdict] += 1
        if verbose or o.verdict in ("fail", "xpass"):
            todo = f"  [todo: {o.todo}]" if o.todo else ""
            click.echo(f"{o.verdict.upper():5}  {o.file} :: {o.case} :: {o.rule_id}: {o.describe()}{todo}")
    failed = counts["fail"] + counts["xpass"]
    click.echo(f"{counts['pass']} passed, {failed} failed, {counts['xfail']} xfailed", err=True)
    if not outcomes:
        click.echo("no cases ran", err=True)
    sys.exit(EXIT_GAPS if failed or not outcomes else EXIT_OK)


@cli.command(context_settings=CONTEXT)
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "-c",
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Profile file, so that the unit's names are recognised. Default: the nearest "
    "zi-check.toml in FILE's folder or above.",
)
@click.option("--unit", help="Official name of the unit (overrides the profile).")
@click.option("--alias", "aliases", multiple=True, help="Another name of the unit; repeatable.")
@click.option("--year", type=int, help="Evaluation year (overrides the profile).")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), help="Rule pack (for its kinds).")
@click.option("--ocr/--no-ocr", default=True, show_default=True, help="OCR scanned pages.")
def explain(
    file: Path,
    config: Path | None,
    unit: str | None,
    aliases: tuple[str, ...],
    year: int | None,
    rules_dir: Path | None,
    ocr: bool,
) -> None:
    """Show the facts found in one document, each with its page and the words it came from.

    \b
    Example:
      zi-check explain "corpus/1. Manajemen Perubahan/SK Tim Kerja ZI 2021.pdf"
    Use it to see why a document was or was not taken as evidence.
    """
    from checker import explain as explaining
    from checker import rulepack
    from checker.profile import read_file, resolve

    try:
        config = config or _nearest_profile(file.resolve().parent)
        file_values = read_file(config) if config else {}
        cli_values: dict[str, Any] = {"unit": unit, "aliases": aliases, "year": year}
        merged = {**file_values, **{k: (list(v) if k == "aliases" else v) for k, v in cli_values.items() if v}}
        merged.setdefault("unit", "-")
        merged.setdefault("year", 2000)
        profile = resolve(merged, {}, source=str(config) if config else "the command line")
        pack = rulepack.load(rules_dir)
    except SetupError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(explaining.explain(file, profile, pack, ocr=ocr))


@cli.command(context_settings=CONTEXT)
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("-a", "--all", "everything", is_flag=True, help="List the unchanged requirements too.")
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
def diff(old: Path, new: Path, everything: bool, as_json: bool) -> None:
    """Compare two report.json files: what is a new gap, resolved, still open or unchanged.

    \b
    Example:
      zi-check diff reports/2021-11-01/report.json reports/report.json
    One line per requirement that changed or is still open, then the counts. Exit 0 when both
    files could be read (whatever changed), 2 when one could not.
    """
    import json

    from checker.report import baseline as baselines

    try:
        before, after = baselines.load(old, "report"), baselines.load(new, "report")
    except baselines.BaselineError as exc:
        raise click.UsageError(str(exc)) from None
    changes = baselines.compare(before, after.statuses)
    if as_json:
        data = {
            **baselines.to_dict(changes),
            "requirements": [
                {"id": c.id, "change": c.change.value, "previous_status": c.previous, "status": c.status}
                for c in changes.requirements
            ],
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(baselines.render_text(changes, dict(after.titles), everything=everything), nl=False)


def _nearest_profile(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / "zi-check.toml").is_file():
            return candidate / "zi-check.toml"
    return None


def _default_profile(root: Path) -> Path | None:
    candidate = root / "zi-check.toml"
    return candidate if candidate.is_file() else None


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def main() -> None:
    cli(prog_name="zi-check")
