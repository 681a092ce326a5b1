package vn.tdkt.embeddedmongo.commands;

import org.bson.BsonDocument;
import vn.tdkt.embeddedmongo.wire.Request;

/** One database command; returns the reply body without {@code ok} (the dispatcher adds it). */
@FunctionalInterface
interface Command {

    BsonDocument run(CommandContext context, Request request);
}
