package io.neurograph.engine.intuition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.neurograph.engine.experience.ExperienceEvent;
import io.neurograph.engine.experience.ExperienceFlags;
import io.neurograph.engine.intuition.ExperienceUnavailableException.Reason;
import io.neurograph.engine.store.ExperienceRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperienceStreamTest {

    @Test
    void writeReturnsTheOneBasedCountAndReadsUseTheZeroBasedPosition() {
        ExperienceStream s = new ExperienceStream(8);
        assertThat(s.write(Events.numbered(10))).isEqualTo(1);
        assertThat(s.write(Events.numbered(11))).isEqualTo(2);
        assertThat(s.get(0).episodeId()).isEqualTo(10);
        assertThat(s.get(1).episodeId()).isEqualTo(11);
        assertThat(s.totalWritten()).isEqualTo(2);
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.oldest()).isZero();
    }

    @Test
    void theBufferedAndTheBroadcastCopyCarryTheSameZeroBasedSequenceNumber() {
        ExperienceStream s = new ExperienceStream(4);
        List<Long> heard = new ArrayList<>();
        s.subscribe((seq, e) -> {
            assertThat(e.sequenceNumber()).isEqualTo(seq);
            heard.add(seq);
        });
        for (int i = 0; i < 3; i++) {
            s.write(Events.numbered(i)); // the caller's sequence_number (999) is replaced
        }
        assertThat(heard).containsExactly(0L, 1L, 2L);
        assertThat(s.get(2).sequenceNumber()).isEqualTo(2);
        assertThat(s.get(2)).isEqualTo(s.queryRange(2, 3).getFirst());
    }

    @Test
    void wrapAroundKeepsTheNewestCapacityEvents() {
        ExperienceStream s = new ExperienceStream(4);
        for (int i = 0; i < 6; i++) {
            s.write(Events.numbered(i));
        }
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.totalWritten()).isEqualTo(6);
        assertThat(s.oldest()).isEqualTo(2);
        assertThat(s.get(2).episodeId()).isEqualTo(2);
        assertThat(s.get(5).episodeId()).isEqualTo(5);
        assertThat(s.queryRange(2, 6)).extracting(ExperienceEvent::episodeId).containsExactly(2L, 3L, 4L, 5L);
        assertThat(s.queryRange(3, 3)).isEmpty();
    }

    @Test
    void readsOutsideTheWindowSayWhy() {
        ExperienceStream s = new ExperienceStream(4);
        assertThatThrownBy(() -> s.get(0)).isInstanceOfSatisfying(ExperienceUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_WRITTEN_YET))
                .hasMessageContaining("doesn't exist yet").hasMessageContaining("no events have been written");
        for (int i = 0; i < 6; i++) {
            s.write(Events.numbered(i));
        }
        assertThatThrownBy(() -> s.get(1)).isInstanceOfSatisfying(ExperienceUnavailableException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.OVERWRITTEN);
            assertThat(e.sequence()).isEqualTo(1);
        }).hasMessageContaining("too old").hasMessageContaining("overwritten").hasMessageContaining("2..5");
        assertThatThrownBy(() -> s.get(6)).isInstanceOf(ExperienceUnavailableException.class)
                .hasMessageContaining("doesn't exist yet").hasMessageContaining("the newest is 5");
        assertThatThrownBy(() -> s.setAppraiserReward(0, AppraiserType.GOAL, 1f))
                .isInstanceOf(ExperienceUnavailableException.class);
        assertThatThrownBy(() -> s.markFullyAppraised(9)).isInstanceOf(ExperienceUnavailableException.class);
        assertThatThrownBy(() -> s.queryRange(1, 4)).isInstanceOf(ExperienceUnavailableException.class);
        assertThatThrownBy(() -> s.queryRange(4, 7)).isInstanceOf(ExperienceUnavailableException.class);
        assertThatThrownBy(() -> s.queryRange(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.get(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start at 0");
    }

    @Test
    void appraiserSlotsAndTheAppraisedFlagAreSetInPlace() {
        ExperienceStream s = new ExperienceStream(2);
        s.write(Events.numbered(1));
        s.setAppraiserReward(0, AppraiserType.CURIOSITY, 0.25f);
        s.setAppraiserReward(0, AppraiserType.GOAL, -1f);
        s.markFullyAppraised(0);
        ExperienceEvent e = s.get(0);
        assertThat(e.rewardCuriosity()).isEqualTo(0.25f);
        assertThat(e.rewardGoal()).isEqualTo(-1f);
        assertThat(e.rewardHomeostasis()).isZero();
        assertThat(e.totalReward()).isEqualTo(-0.75f);
        assertThat(e.hasFlag(ExperienceFlags.FULLY_APPRAISED)).isTrue();
    }

    @Test
    void metadataLivesBesideItsEventAndLeavesWithIt() {
        ExperienceStream s = new ExperienceStream(2);
        ActionMetadata meta = new ActionMetadata("query_feedback", "tiro", "{\"positive\":true}");
        s.write(Events.numbered(1), meta);
        s.write(Events.numbered(2));
        assertThat(s.metadata(0)).contains(meta);
        assertThat(s.metadata(7, 1)).contains(meta);
        assertThat(s.metadata(1)).isEmpty();
        s.write(Events.numbered(3)); // overwrites event 0
        assertThat(s.metadata(7, 1)).isEmpty();
    }

    @Test
    void unsubscribedListenersHearNothing() {
        ExperienceStream s = new ExperienceStream(2);
        List<Long> heard = new ArrayList<>();
        ExperienceListener l = (seq, e) -> heard.add(seq);
        s.subscribe(l);
        s.write(Events.numbered(1));
        assertThat(s.unsubscribe(l)).isTrue();
        assertThat(s.unsubscribe(l)).isFalse();
        s.write(Events.numbered(2));
        assertThat(heard).containsExactly(0L);
    }

    @Test
    void restoreContinuesTheSequenceAndKeepsOnlyTheNewestCapacity() {
        ExperienceStream s = new ExperienceStream(3);
        List<ExperienceRecord> records = new ArrayList<>();
        for (long seq = 10; seq < 15; seq++) {
            records.add(new ExperienceRecord(seq, Events.numbered(seq).toBytes()));
        }
        s.restore(records);
        assertThat(s.totalWritten()).isEqualTo(15);
        assertThat(s.oldest()).isEqualTo(12);
        assertThat(s.get(12).episodeId()).isEqualTo(12);
        assertThat(s.get(14).sequenceNumber()).isEqualTo(14);
        assertThat(s.write(Events.numbered(15))).isEqualTo(16);
        assertThat(s.oldest()).isEqualTo(13);
        assertThatThrownBy(() -> s.restore(records)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWiderStreamRestoredFromFewerEventsStartsAtTheFirstOne() {
        ExperienceStream s = new ExperienceStream(100);
        s.restore(List.of(new ExperienceRecord(40, Events.numbered(40).toBytes()),
                new ExperienceRecord(41, Events.numbered(41).toBytes())));
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.oldest()).isEqualTo(40);
        assertThatThrownBy(() -> s.get(39)).isInstanceOf(ExperienceUnavailableException.class)
                .hasMessageContaining("too old");
        assertThatThrownBy(() -> new ExperienceStream(3).restore(List.of(
                new ExperienceRecord(5, Events.numbered(5).toBytes()), new ExperienceRecord(5, Events.numbered(5).toBytes()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascend");
    }

    @Test
    void capacityMustFitInOneArray() {
        assertThatThrownBy(() -> new ExperienceStream(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }
}
