package io.feedgym.env.check;

import static org.junit.jupiter.api.Assertions.fail;

import io.feedgym.env.Environment;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Gymnasium's env checker as a JUnit 5 test kit: extend it and implement {@link #createEnvironment()} to
 * run every {@link EnvCheck} as a separate test on a fresh environment; or return
 * {@link #dynamicTests} from a {@code @TestFactory} to check many environments in one class. Published
 * in the env test-jar.
 */
public abstract class EnvironmentContract {

  /** A fresh environment; each check gets its own and closes it. */
  protected abstract Environment<?, ?> createEnvironment();

  /** The checker to use; override to change the seed or the step budget. */
  protected EnvChecker checker() {
    return EnvChecker.defaults();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(EnvCheck.class)
  public void environmentPassesCheck(EnvCheck check) {
    assertPasses(checker(), check, this::createEnvironment);
  }

  /** One dynamic test per check, named {@code "<name> <check>"}, each on a fresh environment from {@code factory}. */
  public static Stream<DynamicTest> dynamicTests(String name, Supplier<? extends Environment<?, ?>> factory) {
    EnvChecker checker = EnvChecker.defaults();
    return Arrays.stream(EnvCheck.values()).map(check ->
        DynamicTest.dynamicTest(name + " " + check.key(), () -> assertPasses(checker, check, factory)));
  }

  /** Runs {@code check} on a fresh environment and fails with the check's name and message unless it passed. */
  public static void assertPasses(EnvChecker checker, EnvCheck check, Supplier<? extends Environment<?, ?>> factory) {
    Environment<?, ?> env = factory.get();
    try {
      CheckResult result = checker.run(check, env);
      if (!result.passed()) {
        fail(env + ": " + result);
      }
    } finally {
      env.close();
    }
  }
}
