"""The command line: parse, build settings, call the library, map the result to an exit code.

``zi-check PATH`` scans (the verb ``scan`` is implied); other verbs are subcommands whose names
are unlikely folder names. Exit codes: 0 all met, 1 gaps found, 2 could not do the job.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import click

from checker import __version__
from checker.errors import SetupError

EXIT_OK, EXIT_GAPS, EXIT_SETUP = 0, 1, 2
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
_GROUP_FLAGS = {"-h", "--help", "--version"}


class ScanByDefault(click.Group):
    """A group whose first argument, unless it names a verb, is the folder to scan."""

    default_command = "scan"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in _GROUP_FLAGS:
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
@click.option("-c", "--config", type=click.Path(path_type=Path, dir_okay=False),
              help="Profile file. Default: PATH/zi-check.toml when it exists.")
@click.option("--unit", help="Official name of the unit under evaluation (overrides the profile).")
@click.option("--alias", "aliases", multiple=True, help="Another name or abbreviation of the unit; repeatable.")
@click.option("--parent", help="The parent institution, for policies set above the unit (overrides the profile).")
@click.option("--year", type=int, help="Evaluation year.")
@click.option("--target", type=click.Choice(["wbk", "wbbm"], case_sensitive=False),
              help="The predicate aimed for. Default: wbk.")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path),
              help="A rule pack folder. Default: the bundled pack for PermenPANRB 90/2021.")
@click.option("-f", "--format", "formats", multiple=True, metavar="NAME",
              help="md, json, html, xlsx, csv, junit; repeatable. Default: md and json.")
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), default=Path("reports"),
              show_default=True, help="Folder for the reports; created if absent.")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True,
              help="Language of the human-readable reports.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
              help="Worker processes for extraction. Default: the number of CPUs.")
@click.option("--cache-dir", type=click.Path(path_type=Path, file_okay=False),
              help="Where extraction results are cached (accepted; caching arrives with the cache).")
@click.option("--no-cache", is_flag=True, help="Do not use the extraction cache.")
@click.option("--ocr/--no-ocr", default=True, show_default=True,
              help="Read scanned pages and images with OCR (Tesseract) when it is installed.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=300, show_default=True,
              help="Seconds allowed to read one file; past it the file is 'timeout' and the scan goes on.")
@click.option("--max-memory", type=click.IntRange(min=0), default=2048, show_default=True,
              help="Memory (MB) a worker may use while reading one file; 0 for no limit.")
@click.option("--max-size", type=click.IntRange(min=1), default=200, show_default=True,
              help="Files larger than this many MB are not opened ('too_large').")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("-v", "--verbose", is_flag=True, help="Print each document's status as it is read.")
def scan(path: Path, config: Path | None, unit: str | None, aliases: tuple[str, ...], parent: str | None,
         year: int | None,
         target: str | None, rules_dir: Path | None, formats: tuple[str, ...], output: Path, lang: str,
         jobs: int, cache_dir: Path | None, no_cache: bool, ocr: bool, timeout: float, max_memory: int,
         max_size: int, quiet: bool, verbose: bool) -> None:
    """Scan the evidence folder PATH and write the gap report.

    \b
    Example:
      zi-check corpus/ --format md --format json --output reports/
    Exit codes: 0 every requirement met, 1 gaps found, 2 could not do the job.
    """
    from checker import report as reports
    from checker import rulepack
    from checker.extract import ExtractSettings
    from checker.extract.pool import Limits
    from checker.profile import read_file, resolve
    from checker.scan import ScanSettings, scan as run_scan

    started = time.monotonic()
    formats = tuple(dict.fromkeys(f.lower() for f in formats)) or ("md", "json")
    for fmt in formats:
        if fmt not in reports.FORMATS:
            raise click.BadParameter(f"unknown format '{fmt}'; choose from {', '.join(reports.FORMATS)}",
                                     param_hint="'-f' / '--format'")
        if fmt not in reports.WRITERS:
            raise click.BadParameter(f"format '{fmt}' is not built yet; available now: "
                                     f"{', '.join(reports.WRITERS)}", param_hint="'-f' / '--format'")
    if not path.exists():
        raise click.BadParameter(f"'{path}' does not exist", param_hint="PATH")
    if not path.is_dir():
        raise click.BadParameter(f"'{path}' is not a folder", param_hint="PATH")
    root = path.resolve()
    if _inside(output.resolve(), root):
        raise click.BadParameter(f"'{output}' is inside the scanned folder, which zi-check never writes to",
                                 param_hint="'-o' / '--output'")
    try:
        config = config if config is not None else _default_profile(root)
        file_values = read_file(config) if config is not None else None
        cli_values: dict[str, Any] = {"unit": unit, "aliases": aliases, "parent": parent, "year": year,
                                      "target": target}
        profile = resolve(file_values, cli_values, source=str(config) if config else "the command line")
        pack = rulepack.load(rules_dir)
    except SetupError as exc:
        raise click.UsageError(str(exc)) from None

    def on_document(doc: Any) -> None:
        if verbose:
            note = f" ({doc.extraction.error})" if doc.extraction.error else ""
            click.echo(f"{doc.extraction.status.value:>11}  {doc.path}{note}", err=True)

    settings = ScanSettings(
        jobs=jobs,
        extract=ExtractSettings(ocr=ocr, max_bytes=max_size * 1024 * 1024),
        limits=Limits(timeout=timeout, memory_mb=max_memory),
    )
    result = run_scan(root, profile, pack, settings, on_document)
    try:
        output.mkdir(parents=True, exist_ok=True)
        written = [reports.write(result, fmt, output, lang) for fmt in formats]
    except OSError as exc:
        raise click.UsageError(f"cannot write reports to '{output}': {exc.strerror or exc}") from None
    gaps = sum(r.status.value != "met" for r in result.results)
    if not quiet:
        elapsed = time.monotonic() - started
        click.echo(
            f"zi-check: {len(result.results)} requirements, {gaps} not met; "
            f"{len(result.documents)} documents in {elapsed:.1f} s; "
            f"report: {', '.join(str(p) for p in written)}",
            err=True,
        )
    sys.exit(EXIT_GAPS if gaps else EXIT_OK)


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
    kinds = len(pack.kinds)
    click.echo(f"{pack.id}: {len(pack.rules)} rules, {kinds} kinds, {len(problems)} problems", err=True)
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
            click.echo(f"{o.verdict.upper():5}  {o.file} :: {o.case} :: {o.rule_id}: "
                       f"expected {o.expected}, got {o.got}{todo}")
    failed = counts["fail"] + counts["xpass"]
    click.echo(f"{counts['pass']} passed, {failed} failed, {counts['xfail']} xfailed", err=True)
    if not outcomes:
        click.echo("no cases ran", err=True)
    sys.exit(EXIT_GAPS if failed or not outcomes else EXIT_OK)


@cli.command(context_settings=CONTEXT)
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("-c", "--config", type=click.Path(path_type=Path, dir_okay=False),
              help="Profile file, so that the unit's names are recognised. Default: the nearest "
                   "zi-check.toml in FILE's folder or above.")
@click.option("--unit", help="Official name of the unit (overrides the profile).")
@click.option("--alias", "aliases", multiple=True, help="Another name of the unit; repeatable.")
@click.option("--year", type=int, help="Evaluation year (overrides the profile).")
@click.option("--rules", "rules_dir", type=click.Path(path_type=Path), help="Rule pack (for its kinds).")
@click.option("--ocr/--no-ocr", default=True, show_default=True, help="OCR scanned pages.")
def explain(file: Path, config: Path | None, unit: str | None, aliases: tuple[str, ...], year: int | None,
            rules_dir: Path | None, ocr: bool) -> None:
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
