import { ToggleButton } from "@fluentui/react-components";
import { useState } from "react";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { Status, type StatusMessage, errorText } from "../components/Status";
import { once, useLazyModule } from "../components/useLazyModule";
import { S } from "../strings";
import type { RegisterSession } from "./useRegisterSession";

// The settings are not on the first screen: fetched just after it, so that they open at once when asked.
const loadSettingsPanel = once(() => import(/* webpackChunkName: "settings-panel" */ "./SettingsPanel"));

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
  const [failure, setFailure] = useState<StatusMessage>(null);
  const panel = useLazyModule(loadSettingsPanel, (error) => setFailure({ intent: "error", text: errorText(error) }));
  return (
    <>
      {settings?.problem && <Status status={{ intent: "warning", text: words.invalid(settings.problem) }} />}
      {shown && <Status status={failure} />}
      {shown && engine && panel && (
        <ErrorBoundary part={S.settings.title} onReset={onClose}>
          <panel.SettingsPanel
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
