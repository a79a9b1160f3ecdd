package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallBenchmarkTest {

    @Test
    void defaultsAreALadderUpTo500PerSecondOfTenSecondsAfterAWarmUpOn64HandsetsAndEightBases() {
        var arguments = CallBenchmark.Arguments.parse();

        assertThat(arguments.rates()).containsExactly(20, 50, 100, 200, 500);
        assertThat(arguments.seconds()).isEqualTo(10);
        assertThat(arguments.handsets()).isEqualTo(64);
        assertThat(arguments.bases()).isEqualTo(8);
        assertThat(arguments.warmupSeconds()).isEqualTo(60);
    }

    @Test
    void basesDefaultToOnePerEightHandsetsUnlessGiven() {
        assertThat(CallBenchmark.Arguments.parse("--handsets", "100").bases()).isEqualTo(13);
        assertThat(CallBenchmark.Arguments.parse("--handsets", "100", "--bases", "4").bases()).isEqualTo(4);
        assertThat(CallBenchmark.Arguments.parse("--warmup-seconds", "0").warmupSeconds()).isZero();
        assertThat(CallBenchmark.Arguments.parse().profile()).isFalse();
        assertThat(CallBenchmark.Arguments.parse("--profile", "--seconds", "3").profile()).isTrue();
        assertThat(CallBenchmark.Arguments.parse().jvm()).isEqualTo(ServiceJvmOptions.CALL_PATH_AS_PRODUCTION);
        assertThat(CallBenchmark.Arguments.parse("--small-jvms").jvm()).isEqualTo(ServiceJvmOptions.SMALL);
    }

    @Test
    void theWarmUpRunsAtAQuarterOfTheFirstRate() {
        assertThat(CallBenchmark.warmupRate(List.of(20, 50))).isEqualTo(5);
        assertThat(CallBenchmark.warmupRate(List.of(2))).isEqualTo(1);
    }

    @Test
    void takesRatesSecondsAndHandsets() {
        var arguments = CallBenchmark.Arguments.parse("--rates", "5,20", "--seconds", "5", "--handsets", "12");

        assertThat(arguments.rates()).containsExactly(5, 20);
        assertThat(arguments.seconds()).isEqualTo(5);
        assertThat(arguments.handsets()).isEqualTo(12);
    }

    @Test
    void ratesThatDoNotIncreaseOrAreNoNumbersAreRefused() {
        assertThatThrownBy(() -> CallBenchmark.Arguments.parse("--rates", "20,5")).hasMessageContaining("increase");
        assertThatThrownBy(() -> CallBenchmark.Arguments.parse("--rates", "5,x")).hasMessageContaining("--rates");
        assertThatThrownBy(() -> CallBenchmark.Arguments.parse("--handsets", "401")).hasMessageContaining("1..400");
        assertThatThrownBy(() -> CallBenchmark.Arguments.parse("--bases", "100")).hasMessageContaining("1..99");
        assertThatThrownBy(() -> CallBenchmark.Arguments.parse("--seconds")).hasMessageContaining("needs a value");
    }

    @Test
    void aHandsetsCallsNeverOverlapAndNoneIsHeldOverASecond() {
        assertThat(CallBenchmark.hold(20, 5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(CallBenchmark.hold(20, 20)).isEqualTo(Duration.ofMillis(250));
        assertThat(CallBenchmark.hold(64, 100)).isEqualTo(Duration.ofMillis(160));
    }

    private static LoadResult result(CallPath path, int rate, long offered, long successful, long failed) {
        return new LoadResult(path, rate, rate * 10L, 100,
                Optional.of(new SippStatistics(offered, successful, failed, 0)),
                new ResponseTimes(List.of(3.0)), new ResponseTimes(List.of(5.0)), Optional.empty());
    }

    @Test
    void theHighestCleanRateIgnoresRatesWithFailedOrMissingCalls() {
        var results = List.of(result(CallPath.GATEWAY, 5, 50, 50, 0), result(CallPath.BASELINE, 5, 50, 50, 0),
                result(CallPath.GATEWAY, 10, 100, 97, 3), result(CallPath.BASELINE, 10, 100, 100, 0),
                result(CallPath.BASELINE, 20, 150, 150, 0));

        assertThat(CallReport.highestCleanRate(results, CallPath.GATEWAY)).hasValue(5);
        assertThat(CallReport.highestCleanRate(results, CallPath.BASELINE)).hasValue(10);
        assertThat(CallReport.summary(results, List.of(5, 10, 20))).contains("5 / 10 = 0.50")
                .contains("first failing rate 10/s (3 failed of 100 offered)");
    }
}
