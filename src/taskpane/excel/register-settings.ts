import type { CheckOptions, ConfigFile } from "../../core/rules/config";
import type { RegisterEngine } from "./load-register-engine";

/** The stored settings as check options; a stored value that no longer validates falls back to the defaults. */
export function optionsOf(
  engine: RegisterEngine,
  config: ConfigFile,
): { options: CheckOptions; problem: string | null } {
  try {
    return {
      options: engine.parseConfig(
        config,
        engine.REGISTER_RULES.map((r) => r.meta.id),
      ),
      problem: null,
    };
  } catch (error) {
    return { options: engine.DEFAULT_OPTIONS, problem: (error as Error).message };
  }
}
