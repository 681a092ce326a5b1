package vn.tdkt.embeddedmongo.update;

import org.bson.BsonValue;

/** One {@code $op: {path: arg}} entry of an update; {@code to} is $rename's destination. */
record Modifier(String op, UpdatePath path, BsonValue arg, UpdatePath to) {
}
