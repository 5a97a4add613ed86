import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";

/** A button that opens the file chooser; the hidden input is labelled for screen readers and tests. */
export function FilePickerButton({
  label,
  accept,
  multiple = false,
  onFiles,
  appearance,
  size,
  disabled = false,
}: {
  label: string;
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  appearance?: ButtonProps["appearance"];
  size?: ButtonProps["size"];
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={appearance} size={size} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        aria-label={label}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
