package vn.tdkt.embeddedmongo.update;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonValue;

/** One place an update operator writes to: a field of a document or an element of an array. */
sealed interface Slot {

    BsonValue get();

    void set(BsonValue value);

    /** Removes a field; an array element becomes null instead, as $unset does. */
    void remove();

    /** The field name or index, for error messages. */
    String name();

    record Field(BsonDocument doc, String key) implements Slot {
        @Override
        public BsonValue get() {
            return doc.get(key);
        }

        @Override
        public void set(BsonValue value) {
            doc.put(key, value);
        }

        @Override
        public void remove() {
            doc.remove(key);
        }

        @Override
        public String name() {
            return key;
        }
    }

    record Element(BsonArray array, int index) implements Slot {
        @Override
        public BsonValue get() {
            return index < array.size() ? array.get(index) : null;
        }

        @Override
        public void set(BsonValue value) {
            // setting past the end pads with nulls
            while (array.size() <= index) {
                array.add(BsonNull.VALUE);
            }
            array.set(index, value);
        }

        @Override
        public void remove() {
            if (index < array.size()) {
                array.set(index, BsonNull.VALUE);
            }
        }

        @Override
        public String name() {
            return Integer.toString(index);
        }
    }
}
