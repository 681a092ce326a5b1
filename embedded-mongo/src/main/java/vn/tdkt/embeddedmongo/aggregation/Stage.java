package vn.tdkt.embeddedmongo.aggregation;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bson.BsonDocument;

/** One pipeline stage: transforms a stream of documents lazily (or materialises it, for $sort/$group). */
@FunctionalInterface
interface Stage {

    Iterator<BsonDocument> apply(Iterator<BsonDocument> input);

    /** A streaming one-to-one stage. */
    static Stage map(Function<BsonDocument, BsonDocument> f) {
        return in -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public BsonDocument next() {
                return f.apply(in.next());
            }
        };
    }

    /** A streaming filter stage. */
    static Stage filter(Predicate<BsonDocument> p) {
        return in -> flatMap(in, d -> p.test(d) ? java.util.List.of(d).iterator() : java.util.Collections.emptyIterator());
    }

    /** A streaming one-to-many stage. */
    static Iterator<BsonDocument> flatMap(Iterator<BsonDocument> in, Function<BsonDocument, Iterator<BsonDocument>> f) {
        return new Iterator<>() {
            private Iterator<BsonDocument> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!in.hasNext()) {
                        return false;
                    }
                    current = f.apply(in.next());
                }
                return true;
            }

            @Override
            public BsonDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** Defers materialising work until the first document is asked for. */
    static Iterator<BsonDocument> lazy(java.util.function.Supplier<Iterator<BsonDocument>> supplier) {
        return new Iterator<>() {
            private Iterator<BsonDocument> delegate;

            private Iterator<BsonDocument> delegate() {
                if (delegate == null) {
                    delegate = supplier.get();
                }
                return delegate;
            }

            @Override
            public boolean hasNext() {
                return delegate().hasNext();
            }

            @Override
            public BsonDocument next() {
                return delegate().next();
            }
        };
    }
}
