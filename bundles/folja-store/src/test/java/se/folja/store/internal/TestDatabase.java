package se.folja.store.internal;

import javax.sql.DataSource;

/** A database server on which the store tests create a new, empty database per test and drop it afterwards. */
public interface TestDatabase {

    /** @return a connection source for a new, empty database called {@code name} */
    public DataSource create(String name) throws Exception;

    /** Removes the database {@code name}; every connection to it has been closed. */
    public void drop(String name) throws Exception;
}
