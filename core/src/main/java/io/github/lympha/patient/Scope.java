package io.github.lympha.patient;

/** Where a contraindication applies (reference §6). */
public enum Scope {
  /** The whole body. */
  WHOLE_BODY,
  /** The neck only (terminus, cervical nodes and neck regions). */
  NECK,
  /** Deep abdominal work only (cisterna chyli, abdominal breathing). */
  ABDOMEN,
  /** The region(s) the condition is located in, e.g. skin metastases, a local infection. */
  LOCAL
}
