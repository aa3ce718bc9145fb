/**
 * The reference catalogue: twenty named, sourced MLD protocols (the seed clinic leg protocol as
 * transcribed and corrected, the basic sequences for the neck, face, arm, leg, chest, back and
 * abdomen, the arm and leg after dissection on one and both sides, the breast after axillary
 * surgery, the face after surgery, the ankle after a sprain, lipoedema, the legs in pregnancy and
 * two self-care routines), each with the patient context it is meant for. They are stored as
 * protocol and patient files in this package's resources and read through the public readers, so
 * they double as example files.
 *
 * <pre>{@code
 * Protocol seed = Catalogue.seedLeg();
 * PatientContext patient = Catalogue.patientFor(seed.id());
 * Catalogue.byId("leg-intact-inguinal").ifPresent(p -> System.out.println(p.title()));
 * String file = Catalogue.protocolFile("self-care-leg"); // JSON text to copy
 * }</pre>
 */
@NullMarked
package io.github.lympha.catalogue;

import org.jspecify.annotations.NullMarked;
