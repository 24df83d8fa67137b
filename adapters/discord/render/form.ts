// A form (Discord modal) of one short text input: the 👎's reason and the Follow up question.

import { type APIModalInteractionResponseCallbackData, ComponentType, TextInputStyle } from 'discord.js';

/** What the form says: its title, the input's label and its placeholder. */
export interface FormText {
  title: string;
  label: string;
  placeholder: string;
}

/** A form whose custom id comes back on submit, with one line of text named `input.id`. */
export function oneLineForm(
  customId: string,
  text: FormText,
  input: { id: string; required: boolean; maxLength: number },
): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customId,
    title: text.title,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: input.id,
            style: TextInputStyle.Short,
            label: text.label,
            placeholder: text.placeholder,
            required: input.required,
            max_length: input.maxLength,
          },
        ],
      },
    ],
  };
}
