/**
 * The anatomy of lymphatic drainage: lymph node groups, body regions, territories (lymphotomes),
 * watersheds and the anastomoses across them, joined in a drainage graph.
 *
 * <p>{@link io.github.lympha.anatomy.Anatomy#standard()} builds the default map from the Lympha
 * domain reference (every fact carries its source key, e.g. {@code S24}); apps may extend or
 * override it with {@link io.github.lympha.anatomy.Anatomy#toBuilder()}, since anatomy varies
 * between people.
 *
 * <pre>{@code
 * Anatomy anatomy = Anatomy.standard();
 * Region calf = anatomy.region("CALF_R");
 * anatomy.route(calf); // CALF_R → POPLITEAL_R → INGUINAL_DEEP_R → CISTERNA_CHYLI → TERMINUS_L
 * }</pre>
 */
@NullMarked
package io.github.lympha.anatomy;

import org.jspecify.annotations.NullMarked;
