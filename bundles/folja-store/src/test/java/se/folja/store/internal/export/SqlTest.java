package se.folja.store.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.folja.api.UnitScope;

class SqlTest {

    static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    static final LocalDate TO = LocalDate.of(2026, 10, 31);

    @Test
    void eachPieceBringsItsParametersInTheOrderOfItsPlaceholders() {
        Sql sql = Sql.of("SELECT 1 FROM t WHERE a = ?", 1).append(Sql.of(" AND b BETWEEN ? AND ?", 2, 3))
                .append(" AND c <> 'what?' AND d = ?", 4);
        assertEquals("SELECT 1 FROM t WHERE a = ? AND b BETWEEN ? AND ? AND c <> 'what?' AND d = ?", sql.text());
        assertEquals(List.of(1, 2, 3, 4), sql.parameters());
    }

    @Test
    void aPieceWhosePlaceholdersAndValuesDifferIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sql.of("a = ? AND b = ?", 1));
        assertThrows(IllegalArgumentException.class, () -> Sql.of("a = 1", 1));
    }

    @Test
    void unitsAreACodeOrderedInListNothingForEveryUnitAndNoUnitNeverReachesSql() {
        Sql some = ExportSql.unitIn("d.unit_code", UnitScope.of(Set.of("SODER", "NORR")));
        assertEquals(" AND d.unit_code IN (?, ?)", some.text());
        assertEquals(List.of("NORR", "SODER"), some.parameters());
        assertEquals("", ExportSql.unitIn("d.unit_code", UnitScope.EVERY).text());
        assertThrows(IllegalArgumentException.class, () -> ExportSql.unitIn("d.unit_code", UnitScope.NONE));
    }

    @Test
    void theRecordExportsClientsBindTheAssessmentsPeriodBeforeTheNonDeliveriesAndUnits() {
        Sql clients = RecordExportQuery.clients(UnitScope.of(Set.of("NORR")), FROM, TO);
        // the in-force assessments (to, from, from), then the non-deliveries' period and unit
        assertEquals(List.of(20261031, 20260901, 20260901, 20260901, 20261031, "NORR"), clients.parameters());
        assertEquals(6, Sql.placeholders(clients.text()));
        Sql rows = RecordExportQuery.rows(UnitScope.EVERY, FROM, TO);
        assertEquals(List.of(20260901, 20261031), rows.parameters());
    }

    @Test
    void theDialectIsTheDatabasesProduct() {
        assertEquals(SqlDialect.POSTGRESQL, SqlDialect.ofProduct("PostgreSQL"));
        assertEquals(SqlDialect.H2, SqlDialect.ofProduct("H2"));
        assertEquals(true, SqlDialect.POSTGRESQL.groupingSets());
        assertEquals(false, SqlDialect.H2.groupingSets());
    }
}
