import sprite from 'dkfds-dist/img/all-svg-icons.svg';

/** One of the design system's icons, from its sprite; decorative (the text beside it says what it means). */
export function Icon({ name, className }: { name: string; className?: string }) {
  return (
    <svg className={`icon-svg${className ? ` ${className}` : ''}`} focusable="false" aria-hidden="true">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
