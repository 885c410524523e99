// Pictures as plain <img> elements carrying next/image's own attributes (getImageProps): the same optimizer URLs
// (/_next/image, AVIF or WebP at each width), srcset, sizes, lazy loading and reserved size as <Image>, without
// next/image's client component, which put about 6 kB gzip on the first load of every page (bench/results.md).
// No hooks and no 'use client': server components render it; client components (the gallery, a cart line) get
// the attributes computed on the server as a prop (`imageAttributes`) and spread them on an <img>.
import { getImageProps, type ImageProps } from "next/image";
import { preload } from "react-dom";

export type ImageAttributes = ReturnType<typeof getImageProps>["props"];

type Props = Omit<ImageProps, "priority" | "preload"> & {
  /** The page's largest picture: fetched early (a preload in the head), never lazily. */
  priority?: boolean;
};

export function imageAttributes({ priority, ...props }: Props): ImageAttributes {
  return getImageProps(priority ? { ...props, loading: "eager", fetchPriority: "high" } : props).props;
}

export function OptimizedImage(props: Props) {
  const attributes = imageAttributes(props);
  if (props.priority) preloadImage(attributes);
  // eslint-disable-next-line @next/next/no-img-element -- next/image's own attributes, from getImageProps
  return <img {...attributes} alt={attributes.alt} />;
}

/** What <Image priority> does: a <link rel="preload"> in the head, so the browser asks before it lays out. */
export function preloadImage(attributes: ImageAttributes): void {
  preload(attributes.src, {
    as: "image",
    fetchPriority: "high",
    imageSrcSet: attributes.srcSet,
    imageSizes: attributes.sizes,
  });
}
