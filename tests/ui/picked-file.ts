/** A picked file as the browser gives it: jsdom's File has no arrayBuffer(), so the bytes are handed back as-is. */
export function pickedFile(name: string, bytes: Uint8Array, lastModified = Date.now()): File {
  const file = new File([new Uint8Array(bytes)], name, { lastModified });
  Object.defineProperty(file, "arrayBuffer", {
    value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
  return file;
}
