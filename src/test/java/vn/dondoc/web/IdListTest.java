package vn.dondoc.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdListTest {

    @Test
    void theParametersAreAPowerOfTwoWithTheLastIdRepeated() {
        IdList one = IdList.of(List.of(7L));
        assertEquals("?1", one.parameters());
        assertArrayEquals(new Object[] {7L}, one.values());
        IdList three = IdList.of(List.of(7L, 8L, 9L));
        assertEquals("?1, ?2, ?3, ?4", three.parameters());
        assertArrayEquals(new Object[] {7L, 8L, 9L, 9L}, three.values());
        assertEquals(64, IdList.of(ids(50)).values().length);
        assertEquals(IdList.MAX, IdList.of(ids(IdList.MAX)).values().length);
    }

    @Test
    void manyIdsAreReadInQueriesOfAtMostTheMaximumAndNoneAreNoQuery() {
        List<Integer> sizes = new ArrayList<>();
        List<Long> read = IdList.read(ids(IdList.MAX + 3), in -> {
            sizes.add(in.values().length);
            return List.of(in.values()).stream().map(Long.class::cast).distinct().toList();
        });
        assertEquals(List.of(IdList.MAX, 4), sizes);
        assertEquals(ids(IdList.MAX + 3), read);
        assertEquals(List.of(), IdList.read(List.of(), in -> {
            throw new AssertionError("no query for no ids");
        }));
    }

    private static List<Long> ids(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }
}
