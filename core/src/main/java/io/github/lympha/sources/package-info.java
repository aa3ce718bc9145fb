/**
 * The bibliography of the Lympha domain reference. Facts and rules cite sources by key ({@code
 * S24}); {@link io.github.lympha.sources.Sources#lookup(String)} gives the citation.
 */
@NullMarked
package io.github.lympha.sources;

import org.jspecify.annotations.NullMarked;
