"""The ``slant`` command line: argument parsing only; every command calls a library function.

Each subcommand lives in its own module ``slant._cli._<name>`` with ``register(subparsers)`` and
``run(args) -> int``. Modules import heavy libraries inside ``run`` so ``slant --help`` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import select
import sys
from collections.abc import Sequence
from typing import NoReturn

from slant._errors import EXIT_CODES, SlantError, UsageError
from slant._version import __version__

__all__ = ["main"]

#: Subcommands, in the order ``slant --help`` lists them.
COMMANDS: tuple[str, ...] = (
    "analyze",
    "train",
    "eval",
    "toxicity",
    "techniques",
    "corpus",
    "serve",
    "export",
)


def _epilog() -> str:
    codes = "\n".join(f"  {code:>3}  {meaning}" for code, meaning in EXIT_CODES.items())
    return f"exit codes:\n{codes}\n\nSet SLANT_DEBUG=1 to see tracebacks of internal errors."


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error said on one line (exit 2), like every other error of slant.

    Subcommands' parsers are made of the same class (``add_subparsers`` uses its parent's class).
    """

    def error(self, message: str) -> NoReturn:
        """Print the usage error on one line and exit 2 (argparse prints the whole usage first)."""
        print(f"slant: error: {UsageError(message, hint=f'see {self.prog} --help')}", file=sys.stderr)
        self.exit(UsageError.exit_code)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every subcommand registered."""
    parser = _Parser(
        prog="slant",
        description="Show how a news page tries to persuade: techniques, sources, quotations, toxic comments.",
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"slant {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv for debug)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"slant._cli._{name}").register(subparsers)
    return parser


def _stdout_reader_gone() -> bool:
    """Whether standard output is a pipe or socket whose reader has gone (poll says POLLERR/POLLHUP)."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):  # replaced by an object without a descriptor
        return False
    if not hasattr(select, "poll"):  # Windows: assume the usual cause, as before
        return True
    poller = select.poll()
    poller.register(fd, select.POLLOUT)
    return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)],
        format="slant: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    if args.command is None:
        parser.print_help()
        return 2
    module = importlib.import_module(f"slant._cli._{args.command}")
    try:
        code: int = module.run(args)
        return code
    except SlantError as error:
        print(f"slant: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("slant: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError as error:
        if not _stdout_reader_gone():
            # Another pipe broke (to a worker process that died as it started): a failure that
            # must not pass for `| head` and exit 0 (issue 12).
            if os.environ.get("SLANT_DEBUG"):
                raise
            print(f"slant: error: a pipe to another process broke: {error}", file=sys.stderr)
            return 1
        # The reader of our output went away (`slant ... | head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as error:  # the last guard: never show a user a traceback
        if os.environ.get("SLANT_DEBUG"):
            raise
        print(
            f"slant: internal error: {type(error).__name__}: {error} (please report it; SLANT_DEBUG=1 shows more)",
            file=sys.stderr,
        )
        return 1
