package vn.dondoc.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a search's words are put in order and looked up. */
class TaskWordsTest {

    @Test
    void theRarestWordComesFirstAndTheTypedOrderStaysAmongEquals() {
        TaskWords.Lookup lookup = TaskWords.Lookup.ranked(List.of("tham", "nhung", "ban", "so"), List.of(900, 40, 2001, 40), 2000);
        assertEquals(List.of("nhung", "so", "tham", "ban"), lookup.words());
        assertTrue(lookup.rare(), "40 entries is within the limit");
    }

    @Test
    void wordsAllBeyondTheLimitAreReadAlongTheListsOrder() {
        TaskWords.Lookup lookup = TaskWords.Lookup.ranked(List.of("tham", "nhung"), List.of(2001, 2001), 2000);
        assertEquals(List.of("tham", "nhung"), lookup.words());
        assertFalse(lookup.rare());
        assertTrue(TaskWords.Lookup.ranked(List.of("tham"), List.of(2000), 2000).rare(), "at the limit itself");
    }

    @Test
    void onlyTheFirstWordDrivesAndEachWordIsAPrefixRange() {
        Map<String, Object> params = new HashMap<>();
        String driven = TaskWords.condition(List.of("nhung", "tham"), true, params);
        assertTrue(driven.startsWith("t.id in (select w0.taskId from TaskWord w0 where"), driven);
        assertTrue(driven.contains("and exists (select w1.word from TaskWord w1 where w1.taskId = t.id"), driven);
        assertEquals("nhung", params.get("wordFrom0"));
        assertEquals("nhunh", params.get("wordTo0"));
        assertEquals("than", params.get("wordTo1"));
        String probed = TaskWords.condition(List.of("nhung", "tham"), false, new HashMap<>());
        assertFalse(probed.contains(" in (select"), probed);
    }
}
