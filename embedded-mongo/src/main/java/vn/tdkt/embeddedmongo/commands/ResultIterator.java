package vn.tdkt.embeddedmongo.commands;

import java.util.Iterator;
import org.bson.BsonDocument;

/** A lazily computed query or pipeline result that holds storage resources until closed. */
interface ResultIterator extends Iterator<BsonDocument>, AutoCloseable {

    @Override
    void close();

    static ResultIterator of(Iterator<BsonDocument> iterator, AutoCloseable resource) {
        return new ResultIterator() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public BsonDocument next() {
                return iterator.next();
            }

            @Override
            public void close() {
                try {
                    if (resource != null) {
                        resource.close();
                    }
                } catch (Exception e) {
                    // closing a finished scan cannot fail in a way the client could act on
                }
            }
        };
    }
}
