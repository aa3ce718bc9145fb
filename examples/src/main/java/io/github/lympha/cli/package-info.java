/**
 * The {@code lympha} command-line tool: {@link io.github.lympha.cli.LymphaCli} and one picocli
 * command class per subcommand ({@code validate}, {@code render}, {@code catalogue}, {@code
 * convert}). Commands read files through {@code Inputs}, so that every command reports a bad file
 * the same way, and share the exit codes of {@code LymphaCli}. docs/cli.md shows every command.
 */
package io.github.lympha.cli;
