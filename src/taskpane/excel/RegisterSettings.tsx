import { ToggleButton } from "@fluentui/react-components";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { Status } from "../components/Status";
import { S } from "../strings";
import { SettingsPanel } from "./SettingsPanel";
import type { RegisterSession } from "./useRegisterSession";

/** 检查设置 / 收起设置: the button that shows the settings. */
export function SettingsToggle({
  session,
  shown,
  onToggle,
}: {
  session: RegisterSession;
  shown: boolean;
  onToggle: (shown: boolean) => void;
}) {
  return (
    <ToggleButton checked={shown} disabled={!session.engine} onClick={() => onToggle(!shown)}>
      {shown ? S.settings.hide : S.settings.show}
    </ToggleButton>
  );
}

/** The stored settings' problem (checked with the defaults), and the settings themselves while shown. */
export function RegisterSettings({
  session,
  shown,
  onClose,
  selfTest = true,
}: {
  session: RegisterSession;
  shown: boolean;
  onClose: () => void;
  /** Whether the host's 自检 is offered at the foot (file mode has nothing to test). */
  selfTest?: boolean;
}) {
  const { engine, settings, config, host, words } = session;
  return (
    <>
      {settings?.problem && <Status status={{ intent: "warning", text: words.invalid(settings.problem) }} />}
      {shown && engine && (
        <ErrorBoundary part={S.settings.title} onReset={onClose}>
          <SettingsPanel
            rules={engine.REGISTER_RULES.map((rule) => rule.meta)}
            defaults={engine.DEFAULT_OPTIONS}
            // Settings that no longer validate are shown as the defaults: saving then replaces them.
            saved={settings?.problem ? {} : config}
            selfTest={selfTest ? (options) => host.selfTest(options) : undefined}
            words={words}
            onSave={session.saveSettings}
          />
        </ErrorBoundary>
      )}
    </>
  );
}
