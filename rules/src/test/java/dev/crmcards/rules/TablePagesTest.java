package dev.crmcards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TablePagesTest {

  @Test
  void aTotalFillsAtLeastOnePage() {
    assertThat(TablePages.filledBy(0, 10)).isEqualTo(1);
    assertThat(TablePages.filledBy(10, 10)).isEqualTo(1);
    assertThat(TablePages.filledBy(11, 10)).isEqualTo(2);
    assertThat(TablePages.filledBy(200, 100)).isEqualTo(2);
  }

  @Test
  void theObjectsThroughAPageCountItsRowsAfterTheFullPagesBeforeIt() {
    assertThat(TablePages.objectsThrough(1, 10, 4)).isEqualTo(4);
    assertThat(TablePages.objectsThrough(3, 10, 7)).isEqualTo(27);
    assertThat(TablePages.objectsThrough(CardViews.MAX_PAGE, CardViews.MAX_PAGE_SIZE, CardViews.MAX_PAGE_SIZE))
        .isEqualTo((long) CardViews.MAX_PAGE * CardViews.MAX_PAGE_SIZE);
  }

  @Test
  void aTotalIsTooSmallOnlyBelowTheObjectsItsRowsReach() {
    assertThat(TablePages.totalTooSmall(26, 3, 10, 7)).isTrue();
    assertThat(TablePages.totalTooSmall(27, 3, 10, 7)).isFalse();
    assertThat(TablePages.totalTooSmall(0, 5, 10, 0)).as("a page without rows").isFalse();
  }
}
