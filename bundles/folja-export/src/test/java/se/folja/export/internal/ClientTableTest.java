package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ClientTableTest {

    @Test
    void findsWhatWasPutAmongManyAndNothingElse() {
        ClientTable<String> table = new ClientTable<>();
        Map<Long, String> expected = new HashMap<>();
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            // consecutive ids, far ids, negative ids and zero, some put twice
            long id = switch (n % 4) {
                case 0 -> n;
                case 1 -> 40_000_000_000L + n;
                case 2 -> random.nextLong();
                default -> -n;
            };
            table.put(id, "c" + n);
            expected.put(id, "c" + n);
        }
        assertEquals(expected.size(), table.size());
        expected.forEach((id, value) -> assertEquals(value, table.get(id)));
        assertNull(table.get(123_456_789_012L));
        table.put(0, "again");
        assertEquals("again", table.get(0));
        assertEquals(expected.size(), table.size());
    }
}
