package org.sitrep.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServeConfigTest {
  @Test
  void readsAreOpenOnLoopbackOnly() {
    assertThat(ServeConfig.local(8080).readsOpen()).isTrue();
    assertThat(new ServeConfig("::1", 0, null, false, 4096).readsOpen()).isTrue();
    assertThat(new ServeConfig("0.0.0.0", 0, null, false, 4096).readsOpen()).isFalse();
    assertThat(new ServeConfig("0.0.0.0", 0, null, true, 4096).readsOpen()).isTrue();
  }

  @Test
  void badSettingsNameThemselves() {
    assertThatThrownBy(() -> new ServeConfig("127.0.0.1", 70_000, null, false, 4096)).hasMessageContaining("--port");
    assertThatThrownBy(() -> new ServeConfig("127.0.0.1", 0, "short", false, 4096)).hasMessageContaining("token");
    assertThatThrownBy(() -> new ServeConfig("127.0.0.1", 0, null, false, 10)).hasMessageContaining("body");
  }
}
