/**
 * The CMS's date field: a text input in the Italian order (see
 * cms/italian-date.ts), so every editor sees 14/03/2026 whatever language
 * their computer speaks. Until the typed text is a whole date it is kept as
 * typed, and saving is refused with a message saying how to write it.
 */
import { Component, createElement as h } from 'react';
import { DATE_MESSAGE, isSavableDate, shownDate, storedDate } from './italian-date.ts';

interface DateControlProps {
	forID?: string;
	value?: unknown;
	onChange: (value: string) => void;
	classNameWrapper: string;
	setActiveStyle: () => void;
	setInactiveStyle: () => void;
}

/** The editing control Decap renders for `widget: 'italian-date'`. */
export class DateControl extends Component<DateControlProps> {
	/** Decap calls this on save. */
	isValid = () => (isSavableDate(String(this.props.value ?? '')) ? true : { error: { type: 'CUSTOM', message: DATE_MESSAGE } });

	render() {
		const { forID, value, onChange, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
		return h('input', {
			type: 'text',
			id: forID,
			className: classNameWrapper,
			inputMode: 'numeric',
			placeholder: 'GG/MM/AAAA',
			autoComplete: 'off',
			value: shownDate(String(value ?? '')),
			onChange: (event: { target: { value: string } }) => onChange(storedDate(event.target.value) ?? event.target.value),
			onFocus: setActiveStyle,
			onBlur: setInactiveStyle,
		});
	}
}

/** How the date shows in Decap's preview pane. */
export const DatePreview = ({ value }: { value?: unknown }) => h('span', null, shownDate(String(value ?? '')));
