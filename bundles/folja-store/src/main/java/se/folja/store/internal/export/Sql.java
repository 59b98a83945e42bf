package se.folja.store.internal.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement built piece by piece, each piece with its own parameters: a piece's {@code ?} and its values are
 * appended together, so the values bind in the order of their placeholders however the pieces are combined.
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /** @return a statement that starts with {@code sql} and its parameters */
    public static Sql of(String sql, Object... parameters) {
        return new Sql().append(sql, parameters);
    }

    /**
     * @param sql text with one {@code ?} per parameter (none inside a quoted literal)
     * @param values the parameters of those placeholders, in their order
     * @return this statement
     * @throws IllegalArgumentException if the placeholders and the values do not match in number
     */
    public Sql append(String sql, Object... values) {
        int placeholders = placeholders(sql);
        if (placeholders != values.length) {
            throw new IllegalArgumentException(placeholders + " placeholders but " + values.length + " values in: "
                    + sql);
        }
        text.append(sql);
        parameters.addAll(List.of(values));
        return this;
    }

    /** @return this statement, with the text and the parameters of {@code piece} appended */
    public Sql append(Sql piece) {
        text.append(piece.text);
        parameters.addAll(piece.parameters);
        return this;
    }

    /** @return the statement's text */
    public String text() {
        return text.toString();
    }

    /** @return the parameters, in the order of their placeholders */
    public List<Object> parameters() {
        return List.copyOf(parameters);
    }

    /** @return the statement prepared on {@code c} with its parameters bound */
    public PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement p = c.prepareStatement(text.toString());
        try {
            for (int i = 0; i < parameters.size(); i++) {
                p.setObject(i + 1, parameters.get(i));
            }
            return p;
        } catch (SQLException | RuntimeException e) {
            p.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** @return the {@code ?} outside quoted literals */
    static int placeholders(String sql) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (ch == '?' && !quoted) {
                n++;
            }
        }
        return n;
    }
}
