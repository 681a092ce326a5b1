/**
 * Update semantics: {@link vn.tdkt.embeddedmongo.update.Update} parses operator updates,
 * replacements and pipeline-style updates, applies them to a copy of a document and builds upsert
 * documents, with MongoDB's error codes.
 *
 * <p>Known differences from MongoDB: {@code $currentDate} timestamps use increment 1 rather than the
 * oplog clock; array filters are evaluated as a query on {@code {identifier: element}}; the exact
 * wording of some error messages differs while codes match.
 */
package vn.tdkt.embeddedmongo.update;
